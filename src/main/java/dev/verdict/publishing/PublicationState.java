package dev.verdict.publishing;

public enum PublicationState {
    /** Decided; the commit is being made. */
    PUBLISHING,
    /** The git host refused or was unreachable; Verdict keeps trying. */
    WAITING,
    PUBLISHED
}
