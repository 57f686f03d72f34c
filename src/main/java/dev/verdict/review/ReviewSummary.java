package dev.verdict.review;

import java.time.Instant;
import java.util.UUID;

/**
 * A line in "my reviews": the caller's first role, where the review stands, its outcome once
 * decided ("Approved", else null), the committed ADR's path once published (else null), and why it
 * was cancelled when it was ({@link ReviewStatus#CANCELLED}, else null).
 */
public record ReviewSummary(UUID id, String title, ReviewRole myRole, int timeboxMinutes, int agendaItems, Instant createdAt,
                            ScheduledStart scheduledStart, ReviewStatus status, String outcome, String adrPath,
                            String cancellationReason) {

    /** "Scheduled", or "Cancelled: the vendor withdrew the offer". */
    public String statusLabel() {
        return cancellationReason == null ? status.label() : "Cancelled: " + cancellationReason;
    }
}
