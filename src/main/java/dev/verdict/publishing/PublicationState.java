package dev.verdict.publishing;

public enum PublicationState {
    /** Decided; the commit is being made. */
    PUBLISHING,
    /** The git host refused or was unreachable; Verdict keeps trying. */
    WAITING,
    /**
     * The repository already holds a commit for this review that records a different decision
     * (see {@link DecisionConflictException}); nothing was committed and Verdict does not retry.
     */
    NEEDS_ATTENTION,
    PUBLISHED
}
