package dev.verdict.review;

/**
 * Where a review stands, as "My reviews" shows it, in the order a review moves through: each
 * later stage outranks the earlier ones when the modules' reports ({@link ReviewProgress}) are merged.
 */
public enum ReviewStatus {
    /** Opened; the pre-read has not gone out. */
    DRAFT("Draft"),
    /** The pre-read is open and the meeting has no date yet. */
    PRE_READ_OPEN("Pre-read open"),
    /** The pre-read is open and the meeting has its date. */
    SCHEDULED("Scheduled"),
    /**
     * A moderator called the review off before its meeting (ADR 28). No module reports it through
     * {@link ReviewProgress}: the review module, which holds the fact, puts it over whatever they report.
     */
    CANCELLED("Cancelled"),
    IN_PROGRESS("In progress"),
    /** The meeting's clock stopped; the decision is still to be recorded. */
    DECIDING("Deciding"),
    /** Decided; the commit is being made. */
    PUBLISHING("Publishing"),
    /** Decided; the git host refused or was unreachable and Verdict keeps trying (or a pull request awaits). */
    WAITING_TO_PUBLISH("Waiting to publish"),
    /** Decided, but the repository already records a different decision for it; nothing was committed. */
    NEEDS_ATTENTION("Needs attention"),
    PUBLISHED("Published");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
