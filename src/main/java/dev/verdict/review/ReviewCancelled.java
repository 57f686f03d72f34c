package dev.verdict.review;

import java.util.UUID;

/**
 * A moderator cancelled the review before its meeting; {@code sequence} is the schedule's revision
 * after the cancellation (the calendar cancellation's SEQUENCE), {@code by} the moderator's username.
 */
public record ReviewCancelled(UUID reviewId, int sequence, String by) {
}
