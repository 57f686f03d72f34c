package dev.verdict.meeting;

/** What becomes of a parked item; the meeting closes only when each has one. */
public enum Disposition {
    FOLLOW_UP_ACTION("Follow-up action"),
    SEPARATE_DESIGN_DOC("Separate design doc"),
    NEXT_REVIEW("Next review"),
    DROPPED("Dropped");

    private final String label;

    Disposition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
