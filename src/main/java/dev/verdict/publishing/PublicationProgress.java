package dev.verdict.publishing;

import dev.verdict.review.ReviewProgress;
import dev.verdict.review.ReviewStatus;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells "My reviews" which decisions are being published, wait to be, or are, and where the ADR
 * went; in pull-request mode a pushed decision waits until its pull request is merged, and one
 * closed unmerged needs attention.
 */
@Component
@Transactional(readOnly = true)
class PublicationProgress implements ReviewProgress {

    private final Publications publications;
    private final PullRequests pullRequests;

    PublicationProgress(Publications publications, PullRequests pullRequests) {
        this.publications = publications;
        this.pullRequests = pullRequests;
    }

    @Override
    public Map<UUID, Progress> progressOf(Collection<UUID> reviewIds) {
        var known = new HashMap<UUID, Progress>();
        var pulls = new HashMap<UUID, PullRequestState>();
        for (Object[] row : pullRequests.statesOf(reviewIds)) {
            pulls.put((UUID) row[0], (PullRequestState) row[1]);
        }
        for (Object[] row : publications.statesOf(reviewIds)) {
            ReviewStatus status = switch ((PublicationState) row[1]) {
                case PUBLISHING -> ReviewStatus.PUBLISHING;
                case WAITING -> ReviewStatus.WAITING_TO_PUBLISH;
                case NEEDS_ATTENTION -> ReviewStatus.NEEDS_ATTENTION;
                // In pull-request mode the decision is published once its pull request is merged (ADR 26).
                case PUBLISHED -> pulls.get((UUID) row[0]) == null ? ReviewStatus.PUBLISHED : switch (pulls.get((UUID) row[0])) {
                    case PENDING, OPEN -> ReviewStatus.WAITING_TO_PUBLISH;
                    case CLOSED -> ReviewStatus.NEEDS_ATTENTION;
                    case MERGED -> ReviewStatus.PUBLISHED;
                };
            };
            known.put((UUID) row[0], new Progress(status, null, status == ReviewStatus.PUBLISHED ? (String) row[2] : null));
        }
        return known;
    }
}
