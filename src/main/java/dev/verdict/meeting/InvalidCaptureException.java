package dev.verdict.meeting;

import java.util.List;

/** A capture that breaks a rule of its kind; lists every problem at once. */
public class InvalidCaptureException extends MeetingStateException {

    private final List<String> problems;

    public InvalidCaptureException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
