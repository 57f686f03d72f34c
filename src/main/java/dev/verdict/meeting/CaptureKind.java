package dev.verdict.meeting;

/** What can be written down during the meeting. */
public enum CaptureKind {
    RISK("Risk"),
    PARKED("Parked item"),
    QUESTION("Open question"),
    ACTION("Action item"),
    NOTE("Decision note");

    public static final int TEXT_MAX = 2000;

    private final String label;

    CaptureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
