package dev.verdict.shared;

import java.util.UUID;

/**
 * The audit trail's port: every module records its changes here, in the transaction that makes
 * them, so a change and its entry are committed together or not at all. Entries are append-only:
 * who, what, which review, when, and before/after where it matters. Never pass a secret (a
 * password, a token, a private key): say that it changed, not what it became.
 */
public interface AuditLog {

    /**
     * Records a change by the caller (the signed-in user, or "system" for background work).
     *
     * @param reviewId the review it belongs to; null for changes outside a review (repositories, sign-ins)
     * @param action   what was done, in a few words a person reads ("risk captured", "next item")
     * @param subject  what it was done to ("Cache stampede after a deploy"); null when the action says it all
     * @param before   the value before, where it matters; null otherwise. Cut to 2 000 characters
     * @param after    the value after, likewise
     */
    void record(UUID reviewId, String action, String subject, String before, String after);

    default void record(UUID reviewId, String action, String subject) {
        record(reviewId, action, subject, null, null);
    }

    /** Records a change whose actor is not the signed-in user: a sign-in attempt, by the name typed. */
    void recordAs(String actor, UUID reviewId, String action, String subject);
}
