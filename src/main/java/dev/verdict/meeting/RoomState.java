package dev.verdict.meeting;

import dev.verdict.agenda.Readiness;
import dev.verdict.identity.Person;
import dev.verdict.review.ReviewRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What everyone in the room sees, computed at one instant from the persisted clock.
 *
 * @param designDoc the whole doc as written, so a section shown alone still finds the link and
 *                  footnote definitions written elsewhere in it (the same String on every screen)
 * @param moderators  everyone who moderates the review (several may)
 * @param mayTakeOver whether the caller, taking part but not moderating, may take over moderation:
 *                    the meeting has been without a moderator in the room for the configured time
 * @param cancellation "Cancelled: <reason>" once a moderator cancelled the review before its meeting
 *                     (it never starts); null while it goes ahead
 */
public record RoomState(
        UUID reviewId,
        String title,
        MeetingStatus status,
        ReviewRole myRole,
        long clockVersion,
        int currentItem,
        long secondsLeftAtRead,
        Instant readAt,
        long overtimeSeconds,
        long graceSeconds,
        int timeboxMinutes,
        List<Item> agenda,
        String designDoc,
        List<Captured> captures,
        List<Person> present,
        Readiness readiness,
        String readinessOverride,
        Instant startedAt,
        Instant endedAt,
        List<Person> moderators,
        boolean mayTakeOver,
        String cancellation) {

    /** A room whose review goes ahead (not cancelled). */
    public RoomState(UUID reviewId, String title, MeetingStatus status, ReviewRole myRole, long clockVersion,
                     int currentItem, long secondsLeftAtRead, Instant readAt, long overtimeSeconds, long graceSeconds,
                     int timeboxMinutes, List<Item> agenda, String designDoc, List<Captured> captures,
                     List<Person> present, Readiness readiness, String readinessOverride, Instant startedAt,
                     Instant endedAt, List<Person> moderators, boolean mayTakeOver) {
        this(reviewId, title, status, myRole, clockVersion, currentItem, secondsLeftAtRead, readAt, overtimeSeconds,
                graceSeconds, timeboxMinutes, agenda, designDoc, captures, present, readiness, readinessOverride,
                startedAt, endedAt, moderators, mayTakeOver, null);
    }

    /** An agenda item as planned and as run; allotted includes extensions. */
    public record Item(int position, String title, int plannedMinutes, long allottedSeconds, long usedSeconds,
                       boolean skipped, String sectionMarkdown) {

        public long overrunSeconds() {
            return Math.max(0, usedSeconds - allottedSeconds);
        }
    }

    /** @param duringItem the agenda item's title when it was captured; null for a pre-read comment parked before the meeting */
    public record Captured(UUID id, CaptureKind kind, String text, Person by, String duringItem, Instant at,
                           Level likelihood, Level impact, Person owner, String mitigation, LocalDate dueDate,
                           boolean mine, long version, Disposition disposition, String dispositionNote,
                           boolean accepted) {
    }

    public Item current() {
        return agenda.get(currentItem);
    }

    /** Seconds left on the current item at that instant; negative once it overran. */
    public long secondsLeftAt(Instant now) {
        return status == MeetingStatus.RUNNING
                ? secondsLeftAtRead - java.time.Duration.between(readAt, now).toSeconds()
                : secondsLeftAtRead;
    }

    /** Past zero and past the grace period: time to call it or park it. */
    public boolean graceOverAt(Instant now) {
        return status == MeetingStatus.RUNNING && -secondsLeftAt(now) >= graceSeconds;
    }

    public boolean isFirstItem() {
        return currentItem == 0;
    }

    public boolean isLastItem() {
        return currentItem == agenda.size() - 1;
    }

    public List<Captured> of(CaptureKind kind) {
        return captures.stream().filter(c -> c.kind() == kind).toList();
    }

    public List<Captured> risks() {
        return of(CaptureKind.RISK);
    }

    public List<Captured> parked() {
        return of(CaptureKind.PARKED);
    }

    public boolean moderating() {
        return myRole == ReviewRole.MODERATOR;
    }

    /** Whether the caller may capture: they take part, the meeting is not closed and the review not cancelled. */
    public boolean canCapture() {
        return myRole.participates() && status != MeetingStatus.CLOSED && cancellation == null;
    }
}
