package dev.verdict.meeting;

public enum CaptureKind {
    RISK("Risk"),
    PARKED("Parked item");

    public static final int TEXT_MAX = 2000;

    private final String label;

    CaptureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
