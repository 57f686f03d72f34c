package dev.verdict.revisit;

import dev.verdict.decision.Decision;
import dev.verdict.decision.DecisionService;
import dev.verdict.followup.FollowUpService;
import dev.verdict.identity.CurrentUser;
import dev.verdict.identity.Person;
import dev.verdict.review.DocReference;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revisits and carry-forward: the revisit page of a decided review, "Start a revisit review", and
 * the previous review a review follows up on, as its members see it (ADR 21).
 */
@Service
@Transactional
public class RevisitService {

    private final ReviewService reviews;
    private final DecisionService decisions;
    private final FollowUpService followUps;

    RevisitService(ReviewService reviews, DecisionService decisions, FollowUpService followUps) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.followUps = followUps;
    }

    /**
     * A decided review as its revisit page shows it.
     *
     * @throws AccessDeniedException   when the caller is not in the review
     * @throws InvalidRevisitException when it has no decision yet
     */
    @Transactional(readOnly = true)
    public RevisitPage page(UUID reviewId) {
        ReviewDetails review = reviews.details(reviewId);
        Decision decision = decisionOf(review);
        var pinned = review.pinnedDoc();
        String docSource = pinned == null ? "the doc as it was pasted"
                : pinned.reference().path() + " in " + pinned.repositoryName() + ", re-read at the branch head";
        return new RevisitPage(reviewId, review.title(), decision, docSource, mayStart(review, decision));
    }

    /**
     * "Start a revisit review": a new review of the same doc (the same repository file re-read at
     * its branch head, else the same pasted text), titled "Revisit: …", with the same team and
     * timebox, the caller moderating with the earlier review's moderators; it follows up on the
     * earlier review, so it carries its decision forward and its decision form suggests
     * superseding its ADR.
     *
     * @return the new review's id
     * @throws AccessDeniedException   unless the caller moderates the review or is its decision maker
     * @throws InvalidRevisitException when it has no decision yet
     * @throws dev.verdict.repository.RepositoryUnavailableException when the branch cannot be fetched or the file is gone
     */
    public UUID startRevisit(UUID reviewId) {
        ReviewDetails review = reviews.details(reviewId);
        Optional<Decision> decided = decisions.decision(reviewId);
        if (!mayStart(review, decided.orElse(null))) {
            throw new AccessDeniedException("Only the review's moderators and its decision maker start a revisit review");
        }
        Decision decision = decisionOf(review);
        String me = CurrentUser.username();
        DocReference source = null;
        if (review.pinnedDoc() != null) {
            DocReference pinned = review.pinnedDoc().reference();
            source = new DocReference(pinned.repositoryId(), pinned.path(),
                    reviews.browse(pinned.repositoryId()).headCommit());
        }
        String author = holder(review, ReviewRole.AUTHOR).orElse(null);
        String decisionMaker = holder(review, ReviewRole.DECISION_MAKER).orElse(decision.decisionMaker().username());
        Set<String> attendees = new HashSet<>();
        Set<String> observers = new HashSet<>();
        Set<String> moderators = new HashSet<>();
        for (ReviewDetails.Member m : review.members()) {
            String username = m.person().username();
            if (username.equals(me)) {
                continue;
            }
            if (m.holds(ReviewRole.OBSERVER)) {
                observers.add(username);
            } else if (m.holds(ReviewRole.ATTENDEE) || m.holds(ReviewRole.MODERATOR)) {
                attendees.add(username);
            }
            if (m.holds(ReviewRole.MODERATOR)) {
                moderators.add(username);
            }
        }
        String title = "Revisit: " + review.title();
        if (title.length() > NewReview.TITLE_MAX) {
            title = title.substring(0, NewReview.TITLE_MAX - 1) + "…";
        }
        UUID revisit = reviews.open(new NewReview(title, source == null ? review.designDoc() : null, source, author,
                decisionMaker, attendees, observers, review.timeboxMinutes(), null, reviewId));
        ReviewDetails opened = reviews.details(revisit);
        for (String moderator : moderators) {
            var roles = EnumSet.of(ReviewRole.MODERATOR);
            opened.members().stream().filter(m -> m.person().username().equals(moderator)).findFirst()
                    .ifPresent(m -> roles.addAll(m.roles()));
            roles.remove(ReviewRole.ATTENDEE);
            reviews.changeRoles(revisit, moderator, roles);
        }
        return revisit;
    }

    /**
     * The decided review this review follows up on, with its decision and open action items, for
     * any member of this review: the moderator who opened it chose to carry them forward, so a
     * member who was not in the earlier review sees them too, but is not let into that review
     * (ADR 21).
     *
     * @throws AccessDeniedException when the caller is not in {@code reviewId}
     */
    @Transactional(readOnly = true)
    public Optional<PreviousReview> previousReview(UUID reviewId) {
        return reviews.followed(reviewId).flatMap(earlier -> CurrentUser.asSystem(() ->
                decisions.decision(earlier.id()).map(decision -> new PreviousReview(earlier.id(), earlier.title(), decision,
                        followUps.openItems(earlier.id()), earlier.callerIsMember()))));
    }

    private Decision decisionOf(ReviewDetails review) {
        return decisions.decision(review.id()).orElseThrow(() ->
                new InvalidRevisitException("“" + review.title() + "” has no decision yet: there is nothing to revisit"));
    }

    /** The review's moderators and named decision maker, and whoever signed its decision. */
    private static boolean mayStart(ReviewDetails review, Decision decision) {
        String me = CurrentUser.username();
        return decision != null && me.equals(decision.decisionMaker().username()) || review.members().stream()
                .filter(m -> m.person().username().equals(me))
                .anyMatch(m -> m.holds(ReviewRole.MODERATOR) || m.holds(ReviewRole.DECISION_MAKER));
    }

    private static Optional<String> holder(ReviewDetails review, ReviewRole role) {
        return review.members().stream().filter(m -> m.holds(role)).map(ReviewDetails.Member::person)
                .map(Person::username).findFirst();
    }
}
