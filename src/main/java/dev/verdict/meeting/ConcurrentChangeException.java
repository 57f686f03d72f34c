package dev.verdict.meeting;

/** Someone else changed the meeting first; the caller should look at the new state. */
public class ConcurrentChangeException extends MeetingStateException {
    public ConcurrentChangeException() {
        super("Someone else changed the meeting at the same moment; this is where it stands now");
    }
}
