package dev.verdict.meeting;

/** An action that does not fit the meeting's current state; the message is meant for the user. */
public class MeetingStateException extends RuntimeException {
    public MeetingStateException(String message) {
        super(message);
    }
}
