package dev.verdict.followup;

/** A follow-up change the rules refuse; the message says why, for the person who tried. */
public class InvalidFollowUpException extends RuntimeException {

    public InvalidFollowUpException(String message) {
        super(message);
    }
}
