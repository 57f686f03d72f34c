package dev.verdict.review;

/** What a person may do in one review. Everyone but an observer takes part in the meeting. */
public enum ReviewRole {
    MODERATOR("Moderator"),
    AUTHOR("Author"),
    DECISION_MAKER("Decision maker"),
    ATTENDEE("Attendee"),
    OBSERVER("Observer");

    private final String label;

    ReviewRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Moderator, author, decision maker and attendees capture risks and parked items; observers only read. */
    public boolean participates() {
        return this != OBSERVER;
    }
}
