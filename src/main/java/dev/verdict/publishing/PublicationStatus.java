package dev.verdict.publishing;

import java.util.UUID;

/** What the review page shows about publishing. */
public record PublicationStatus(UUID reviewId, String reviewTitle, boolean decided, PublicationState state,
                                int attempts, String commitId, String adrPath, String summaryPath, String problem,
                                java.time.Instant nextAttemptAt, String destination, boolean mayRetry) {
}
