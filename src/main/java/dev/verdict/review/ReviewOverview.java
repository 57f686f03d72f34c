package dev.verdict.review;

import dev.verdict.identity.Person;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A line of the history: where a review stands and how it ended, without its doc.
 *
 * @param outcome        the decision's outcome ("Approved"), null until decided
 * @param decisionMaker  who signed the decision once decided, else who was named to decide; null when nobody was
 * @param repository     the connected repository the doc was taken from; null for a pasted or uploaded doc
 * @param scheduledStart the meeting's planned start, null when it has none
 * @param decidedAt      when the decision was recorded, null until decided
 * @param adrPath        where the ADR was committed, null until published
 * @param tags           the decision's tags, alphabetically; empty until decided or when it has none
 * @param cancellationReason why a moderator cancelled it ({@link ReviewStatus#CANCELLED}); null otherwise
 */
public record ReviewOverview(UUID id, String title, ReviewStatus status, String outcome, Person decisionMaker,
                             String repository, Instant createdAt, ScheduledStart scheduledStart, Instant decidedAt,
                             String adrPath, List<String> tags, String cancellationReason) {

    public ReviewOverview {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public ReviewOverview(UUID id, String title, ReviewStatus status, String outcome, Person decisionMaker,
                          String repository, Instant createdAt, ScheduledStart scheduledStart, Instant decidedAt,
                          String adrPath, List<String> tags) {
        this(id, title, status, outcome, decisionMaker, repository, createdAt, scheduledStart, decidedAt, adrPath, tags, null);
    }

    /** "Published", or "Cancelled: the vendor withdrew the offer". */
    public String statusLabel() {
        return cancellationReason == null ? status.label() : "Cancelled: " + cancellationReason;
    }

    public ReviewOverview(UUID id, String title, ReviewStatus status, String outcome, Person decisionMaker,
                          String repository, Instant createdAt, ScheduledStart scheduledStart, Instant decidedAt,
                          String adrPath) {
        this(id, title, status, outcome, decisionMaker, repository, createdAt, scheduledStart, decidedAt, adrPath, List.of());
    }
}
