package dev.verdict.review;

/** What a person may do in one review. */
public enum ReviewRole {
    MODERATOR("Moderator"),
    ATTENDEE("Attendee"),
    OBSERVER("Observer");

    private final String label;

    ReviewRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Moderators and attendees capture risks and parked items; observers only read. */
    public boolean participates() {
        return this != OBSERVER;
    }
}
