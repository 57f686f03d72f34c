package dev.verdict.review;

import java.util.List;
import java.util.UUID;

/**
 * The decisions closest in topic to a review's doc, so nobody re-litigates one unknowingly: every
 * ADR of the connected repositories and every Verdict decision the caller may read, searched with
 * the doc's text (more-like-this). Implemented by the decision log module, which owns their index;
 * the pre-read, the room and the decision form ask it through this port.
 */
public interface RelatedDecisions {

    /** How many related decisions are shown at most, closest first. */
    int LIMIT = 5;

    /**
     * The closest decisions to the review's current doc, closest first, at most {@value #LIMIT};
     * the review's own decision is left out. Refuses anyone outside the review.
     */
    List<RelatedDecision> closestTo(UUID reviewId);

    /**
     * One related decision.
     *
     * @param entryId      its id in the decision log ({@code decisions/<entryId>})
     * @param label        how people refer to it: "0007 · Use PostgreSQL", a Verdict decision by its title alone
     * @param status       its status as written ("Accepted", "Superseded by 0009 · Use SQLite")
     * @param accepted     whether it stands as accepted (its status begins with "Accepted")
     * @param repositoryId the connected repository it is committed in; null for a decision not yet in git
     * @param repository   that repository's name; null for a decision not yet in git
     * @param path         its file from the repository root; null for a decision not yet in git
     */
    record RelatedDecision(UUID entryId, String label, String status, boolean accepted, UUID repositoryId,
                           String repository, String path) {
    }
}
