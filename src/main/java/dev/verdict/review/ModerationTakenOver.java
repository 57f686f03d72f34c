package dev.verdict.review;

import java.util.List;
import java.util.UUID;

/**
 * An attendee took over moderation of a running meeting whose moderators had all left the room;
 * {@code previousModerators} (usernames) keep their role and are told.
 */
public record ModerationTakenOver(UUID reviewId, String title, String by, List<String> previousModerators) {
}
