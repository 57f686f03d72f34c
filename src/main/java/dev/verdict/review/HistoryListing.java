package dev.verdict.review;

import java.time.Instant;
import java.util.UUID;

/** One review as the history lists it: the stored columns it shows, not the doc. */
record HistoryListing(UUID id, String title, Instant createdAt, Instant scheduledStart, String scheduledZone,
                      UUID sourceRepositoryId, String cancellationReason) {
}
