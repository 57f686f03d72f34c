package dev.verdict.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Which entries to read; every part is optional (null: no filter).
 *
 * @param actor    the username that made the change
 * @param reviewId the review the change belongs to
 * @param from     inclusive
 * @param to       exclusive
 */
public record AuditQuery(String actor, UUID reviewId, Instant from, Instant to) {

    public static AuditQuery ofReview(UUID reviewId) {
        return new AuditQuery(null, reviewId, null, null);
    }

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null);
}
