package dev.verdict.preread;

import java.util.UUID;

/** The moderator parked a pre-read comment: it becomes a parking-lot item of the meeting. */
public record CommentParked(UUID reviewId, UUID commentId, String text) {
}
