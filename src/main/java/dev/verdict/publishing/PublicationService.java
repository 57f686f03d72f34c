package dev.verdict.publishing;

import dev.verdict.decision.DecisionService;
import dev.verdict.review.ReviewService;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells members of a review where its decision stands on the way into git. */
@Service
@Transactional(readOnly = true)
public class PublicationService {

    private final Publications publications;
    private final ReviewService reviews;
    private final DecisionService decisions;

    PublicationService(Publications publications, ReviewService reviews, DecisionService decisions) {
        this.publications = publications;
        this.reviews = reviews;
        this.decisions = decisions;
    }

    public PublicationStatus status(UUID reviewId) {
        String title = reviews.details(reviewId).title();
        boolean decided = decisions.decision(reviewId).isPresent();
        return publications.findById(reviewId)
                .map(p -> new PublicationStatus(reviewId, title, decided, p.state(), p.attempts(), p.commitId(),
                        p.adrPath(), p.summaryPath(), p.lastError()))
                .orElseGet(() -> new PublicationStatus(reviewId, title, decided, PublicationState.PUBLISHING, 0,
                        null, null, null, null));
    }
}
