package dev.verdict.review;

import java.time.Duration;
import java.util.Collection;
import java.util.UUID;

/**
 * Whether a running meeting has lost its moderators. Implemented by the meeting module, which knows
 * who has the room open, so that the review module can let an attendee take over moderation without
 * knowing the room.
 */
public interface ModerationVacancy {

    /**
     * True when the review's meeting runs (or is paused) and none of {@code moderators} has had the
     * room open for at least {@link #takeoverAfter()}.
     */
    boolean vacant(UUID reviewId, Collection<String> moderators);

    /** How long a running meeting must be without a moderator before an attendee may take over (verdict.meeting.takeover-after, 5 min by default). */
    Duration takeoverAfter();
}
