package dev.verdict.preread;

import java.util.Map;

/** The pre-read in numbers, for the meeting summary. */
public record PreReadStats(boolean opened, int invited, int read, Map<CommentKind, Integer> commentsByKind,
                           int unresolved, int onAgenda, int parked) {

    public static PreReadStats none() {
        return new PreReadStats(false, 0, 0, Map.of(), 0, 0, 0);
    }

    public int comments() {
        return commentsByKind.values().stream().mapToInt(Integer::intValue).sum();
    }
}
