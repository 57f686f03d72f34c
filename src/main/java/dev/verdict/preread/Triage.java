package dev.verdict.preread;

/** Where the moderator sent a comment. */
public enum Triage {
    AGENDA("On the agenda"), PARKED("Parked"), RESOLVED("Resolved");

    private final String label;

    Triage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
