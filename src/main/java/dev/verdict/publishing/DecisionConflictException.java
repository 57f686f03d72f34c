package dev.verdict.publishing;

/**
 * The repository already holds a commit for this review, and it records a different decision
 * than the one being published: after a crash lost the database's record, a review was closed
 * again with another outcome. Nothing is committed; a person decides what happens (the commit
 * stands, and a new review may supersede it).
 */
public class DecisionConflictException extends ArchiveException {

    private final DecisionArchive.Recorded recorded;

    public DecisionConflictException(DecisionArchive.Recorded recorded) {
        super("The repository already records this review's decision in commit "
                + recorded.commitId().substring(0, Math.min(7, recorded.commitId().length()))
                + " as " + recorded.describe() + ", which differs from the decision recorded in Verdict;"
                + " nothing was committed. Open a new review to supersede that decision.", null);
        this.recorded = recorded;
    }

    public DecisionArchive.Recorded recorded() {
        return recorded;
    }
}
