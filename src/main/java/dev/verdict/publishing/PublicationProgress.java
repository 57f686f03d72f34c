package dev.verdict.publishing;

import dev.verdict.review.ReviewProgress;
import dev.verdict.review.ReviewStatus;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells "My reviews" which decisions are being published, wait to be, or are, and where the ADR went. */
@Component
@Transactional(readOnly = true)
class PublicationProgress implements ReviewProgress {

    private final Publications publications;

    PublicationProgress(Publications publications) {
        this.publications = publications;
    }

    @Override
    public Map<UUID, Progress> progressOf(Collection<UUID> reviewIds) {
        var known = new HashMap<UUID, Progress>();
        for (Object[] row : publications.statesOf(reviewIds)) {
            ReviewStatus status = switch ((PublicationState) row[1]) {
                case PUBLISHING -> ReviewStatus.PUBLISHING;
                case WAITING -> ReviewStatus.WAITING_TO_PUBLISH;
                case NEEDS_ATTENTION -> ReviewStatus.NEEDS_ATTENTION;
                case PUBLISHED -> ReviewStatus.PUBLISHED;
            };
            known.put((UUID) row[0], new Progress(status, null, status == ReviewStatus.PUBLISHED ? (String) row[2] : null));
        }
        return known;
    }
}
