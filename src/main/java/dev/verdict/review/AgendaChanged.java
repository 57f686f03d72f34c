package dev.verdict.review;

import java.util.UUID;

/** The moderator changed a review's agenda before the meeting. */
public record AgendaChanged(UUID reviewId) {
}
