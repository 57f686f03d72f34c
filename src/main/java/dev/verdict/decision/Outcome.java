package dev.verdict.decision;

public enum Outcome {
    APPROVED("Approved"),
    APPROVED_WITH_CONDITIONS("Approved with conditions"),
    NEEDS_REVISION("Needs revision"),
    REJECTED("Rejected"),
    ESCALATED("Escalated");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
