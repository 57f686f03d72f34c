package dev.verdict.decisionlog;

import dev.verdict.review.RelatedDecisions;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewService;
import dev.verdict.review.Visibility;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The review module's {@link RelatedDecisions}: the review's doc, as it is pinned now (so a
 * re-pin is searched with the new text), compared with every decision in the log
 * (more-like-this), keeping those the caller may see.
 */
@Component
class RelatedDecisionsFinder implements RelatedDecisions {

    private final DecisionLogIndex index;
    private final ReviewService reviews;

    RelatedDecisionsFinder(DecisionLogIndex index, ReviewService reviews) {
        this.index = index;
        this.reviews = reviews;
    }

    @Override
    public List<RelatedDecision> closestTo(UUID reviewId) {
        ReviewDetails review = reviews.details(reviewId); // refuses anyone outside the review
        Visibility visibility = reviews.visibility();
        return index.moreLikeThis(review.title() + "\n\n" + review.designDoc(), 4 * LIMIT).stream()
                .map(index::find).flatMap(Optional::stream).map(DecisionLogIndex.Indexed::entry)
                .filter(e -> !reviewId.equals(e.reviewId()))
                .filter(e -> e.inGit() || visibility.allows(e.reviewId()))
                .limit(LIMIT)
                .map(e -> new RelatedDecision(e.id(), e.label(), e.status(), "Accepted".equals(e.statusGroup()),
                        e.repositoryId(), e.repository(), e.path()))
                .toList();
    }
}
