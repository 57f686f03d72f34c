package dev.verdict.review;

import java.util.Set;
import java.util.UUID;

/**
 * A review's team changed and the change committed: people joined ({@code added}), left
 * ({@code removed}, who lose access at once: their open screens say so), or took other roles
 * (moderation handed over or taken over among them).
 */
public record TeamChanged(UUID reviewId, Set<String> added, Set<String> removed) {
}
