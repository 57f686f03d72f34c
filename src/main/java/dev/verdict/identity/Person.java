package dev.verdict.identity;

/** Someone Verdict knows: the login name is the stable key. */
public record Person(String username, String displayName, String email) {

    /** "Mia Moderator <mia@example.com>" style label for pickers and the summary. */
    public String label() {
        return displayName + " (" + username + ")";
    }
}
