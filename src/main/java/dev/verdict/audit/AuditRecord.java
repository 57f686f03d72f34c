package dev.verdict.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the trail as screens and exports show it.
 *
 * @param reviewId null for changes outside a review (repositories, sign-ins)
 * @param before   the value before the change where it matters, else null; at most 2 000 characters
 * @param after    likewise
 */
public record AuditRecord(long id, Instant at, String actor, String action, UUID reviewId, String subject,
                          String before, String after) {
}
