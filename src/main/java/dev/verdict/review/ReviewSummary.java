package dev.verdict.review;

import java.time.Instant;
import java.util.UUID;

/** A line in "my reviews". */
public record ReviewSummary(UUID id, String title, ReviewRole myRole, int timeboxMinutes, int agendaItems, Instant createdAt,
                            ScheduledStart scheduledStart) {
}
