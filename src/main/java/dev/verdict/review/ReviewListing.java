package dev.verdict.review;

import java.time.Instant;
import java.util.UUID;

/** One line of a member's reviews as stored: everything the list shows, and not the doc. */
record ReviewListing(UUID id, String title, ReviewRole role, int timeboxMinutes, int agendaItems, Instant createdAt,
                     Instant scheduledStart, String scheduledZone, String cancellationReason) {
}
