package dev.verdict.review;

import java.util.Set;
import java.util.UUID;

/**
 * Which reviews the caller may read: every one (an admin, or background work), or those they are a member of.
 *
 * @param reviews the caller's reviews; empty when {@code all}
 */
public record Visibility(boolean all, Set<UUID> reviews) {

    public boolean allows(UUID reviewId) {
        return all || reviews.contains(reviewId);
    }
}
