package dev.verdict.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a room display shows: no names beyond who captured what, nothing to act on. */
public record DisplayState(UUID reviewId, String title, MeetingStatus status, String currentItem,
                           long secondsLeftAtRead, Instant readAt, List<String> latest) {

    public long secondsLeftAt(Instant now) {
        return status == MeetingStatus.RUNNING
                ? secondsLeftAtRead - java.time.Duration.between(readAt, now).toSeconds()
                : secondsLeftAtRead;
    }
}
