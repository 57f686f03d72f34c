package dev.verdict.meeting;

import dev.verdict.review.ModerationVacancy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Knows when a started meeting has gone without a moderator: none of its moderators has had the
 * room open for {@link MeetingProperties#takeoverAfter()} (5 min by default). Absence is counted
 * from the moderators' last open screen, or from the meeting's start or this node's start when
 * none was seen since (presence lives in memory).
 */
@Component
class ModeratorWatch implements ModerationVacancy {

    /** What the watch needs of a meeting. */
    record Started(MeetingStatus status, Instant startedAt) {
    }

    private final Meetings meetings;
    private final Presence presence;
    private final MeetingProperties properties;
    private final Clock clock;

    ModeratorWatch(Meetings meetings, Presence presence, MeetingProperties properties, Clock clock) {
        this.meetings = meetings;
        this.presence = presence;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public boolean vacant(UUID reviewId, Collection<String> moderators) {
        return meetings.startedById(reviewId).map(m -> vacant(reviewId, m, moderators)).orElse(false);
    }

    /** Like {@link #vacant(UUID, Collection)} for a meeting already read (the shared room's copy). */
    boolean vacant(UUID reviewId, Started meeting, Collection<String> moderators) {
        if (meeting.startedAt() == null || meeting.status() == MeetingStatus.CLOSED || meeting.status() == MeetingStatus.NOT_STARTED) {
            return false;
        }
        return !absentFor(reviewId, meeting.startedAt(), moderators).minus(properties.takeoverAfter()).isNegative();
    }

    /** How long none of {@code moderators} has had the room open; zero while one of them has. */
    Duration absentFor(UUID reviewId, Instant startedAt, Collection<String> moderators) {
        if (presence.anyPresent(reviewId, moderators)) {
            return Duration.ZERO;
        }
        Instant known = startedAt.isAfter(presence.watchingSince()) ? startedAt : presence.watchingSince();
        Instant last = presence.lastSeen(reviewId, moderators).filter(seen -> seen.isAfter(known)).orElse(known);
        Duration absent = Duration.between(last, clock.instant());
        return absent.isNegative() ? Duration.ZERO : absent;
    }

    @Override
    public Duration takeoverAfter() {
        return properties.takeoverAfter();
    }
}
