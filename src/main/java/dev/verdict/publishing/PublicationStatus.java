package dev.verdict.publishing;

import java.time.Instant;
import java.util.UUID;

/**
 * What the review page shows about publishing; {@code pullRequest} is null unless the repository
 * takes decisions by pull request.
 */
public record PublicationStatus(UUID reviewId, String reviewTitle, boolean decided, PublicationState state,
                                int attempts, String commitId, String adrPath, String summaryPath, String problem,
                                Instant nextAttemptAt, String destination, boolean mayRetry,
                                PullRequestStatus pullRequest) {

    public PublicationStatus(UUID reviewId, String reviewTitle, boolean decided, PublicationState state,
                             int attempts, String commitId, String adrPath, String summaryPath, String problem,
                             Instant nextAttemptAt, String destination, boolean mayRetry) {
        this(reviewId, reviewTitle, decided, state, attempts, commitId, adrPath, summaryPath, problem, nextAttemptAt,
                destination, mayRetry, null);
    }

    /**
     * The publication's pull request: its state, number and web page once opened; while pending,
     * what failed last, the attempts and when the next is due; {@code mayRetry} for a moderator of
     * a pending one. {@code reviewerNote} says whether the decision maker was asked to review.
     */
    public record PullRequestStatus(PullRequestState state, String branch, Long number, String url, String problem,
                                    int attempts, Instant nextAttemptAt, String reviewerNote, Instant checkedAt,
                                    boolean mayRetry) {

        /** "merge request" on GitLab (its web page says /-/merge_requests/), else "pull request". */
        public String name() {
            return url != null && url.contains("/merge_requests/") ? "merge request" : "pull request";
        }
    }
}
