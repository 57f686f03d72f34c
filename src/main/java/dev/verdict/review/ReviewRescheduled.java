package dev.verdict.review;

import java.util.UUID;

/** The moderator moved the meeting (or gave it its first date); {@code sequence} is the schedule's new revision, {@code by} the moderator's username. */
public record ReviewRescheduled(UUID reviewId, int sequence, String by) {
}
