package dev.verdict.meeting;

import java.util.UUID;

/**
 * Something in the room of this review changed.
 *
 * @param change what changed, in a few words ("clock", "risk captured", ...), for feeds and bots
 */
public record MeetingChanged(UUID reviewId, String change) {

    static final String PRESENCE = "presence";

    /** Only who is in the room changed; nothing stored did. */
    public boolean presenceOnly() {
        return PRESENCE.equals(change);
    }
}
