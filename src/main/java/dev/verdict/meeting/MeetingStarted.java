package dev.verdict.meeting;

import java.util.UUID;

/** The moderator started the review's meeting (once per review; published in the starting transaction). */
public record MeetingStarted(UUID reviewId) {
}
