package dev.verdict.meeting;

/** Likelihood or impact of a risk. */
public enum Level {
    LOW("Low"), MEDIUM("Medium"), HIGH("High");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
