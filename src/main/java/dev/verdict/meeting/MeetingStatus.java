package dev.verdict.meeting;

public enum MeetingStatus {
    NOT_STARTED("Not started"),
    RUNNING("In progress"),
    PAUSED("Paused"),
    /** The clock stopped; the meeting still needs its decision. */
    ENDED("Wrapping up"),
    /** Decided: nothing changes any more. */
    CLOSED("Closed");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean clockRuns() {
        return this == RUNNING || this == PAUSED;
    }
}
