package dev.verdict.meeting;

import dev.verdict.identity.CurrentUser;
import dev.verdict.identity.Person;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps a meeting from stalling when its moderators leave: every few seconds it looks at each
 * started, undecided meeting. When one has been without a moderator in the room for
 * {@link MeetingProperties#takeoverAfter()}, its screens refresh and offer the attendees to take
 * over; when one runs {@link MeetingProperties#unattendedPauseAfter()} past its timebox (counted on
 * the wall clock from its start) with no moderator present, it is paused and the moderators are told.
 */
@Component
class UnattendedMeetings {

    private static final Logger log = LoggerFactory.getLogger(UnattendedMeetings.class);

    private final MeetingService meetings;
    private final ModeratorWatch watch;
    private final MeetingProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** The reviews whose screens were last told that moderation is vacant. */
    private final Set<UUID> vacant = ConcurrentHashMap.newKeySet();

    UnattendedMeetings(MeetingService meetings, ModeratorWatch watch, MeetingProperties properties,
                       ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.watch = watch;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${verdict.meeting.watch-interval:5s}", initialDelayString = "${verdict.meeting.watch-interval:5s}")
    // One node looks after the meetings (ADR 27): presence is known cluster-wide, and the screens
    // elsewhere hear of a vacancy through the relayed change.
    @SchedulerLock(name = "unattended-meetings", lockAtLeastFor = "PT2S", lockAtMostFor = "PT2M")
    void onSchedule() {
        look();
    }

    void look() {
        CurrentUser.asSystem(() -> {
            var started = new HashSet<>(meetings.startedAndUndecided());
            vacant.retainAll(started);
            started.forEach(this::lookAt);
            return null;
        });
    }

    private void lookAt(UUID reviewId) {
        try {
            RoomState room = meetings.liveRoom(reviewId);
            if (room.startedAt() == null) {
                return;
            }
            List<String> moderators = room.moderators().stream().map(Person::username).toList();
            var started = new ModeratorWatch.Started(room.status(), room.startedAt());
            boolean nowVacant = watch.vacant(reviewId, started, moderators);
            if (nowVacant ? vacant.add(reviewId) : vacant.remove(reviewId)) {
                // Presence only: each screen works out on refresh whether its person may take over.
                events.publishEvent(new MeetingChanged(reviewId, MeetingChanged.PRESENCE));
            }
            Instant pauseAt = room.startedAt().plus(Duration.ofMinutes(room.timeboxMinutes())).plus(properties.unattendedPauseAfter());
            boolean moderatorPresent = watch.absentFor(reviewId, room.startedAt(), moderators).isZero();
            if (room.status() == MeetingStatus.RUNNING && !moderatorPresent && !clock.instant().isBefore(pauseAt)
                    && meetings.pauseUnattended(reviewId)) {
                log.info("Paused review {}: it ran past its timebox with no moderator in the room", reviewId);
            }
        } catch (RuntimeException e) {
            log.warn("Could not look after the meeting of review {}: {}", reviewId, e.toString());
        }
    }
}
