package dev.verdict.meeting;

import java.util.UUID;

/** Something in the room of this review changed: the clock, a risk, a parked item. */
public record MeetingChanged(UUID reviewId) {
}
