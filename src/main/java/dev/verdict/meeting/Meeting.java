package dev.verdict.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The meeting's clock, kept in the database so that every tab, a reload and a restarted server
 * compute the same time from the same facts: which item runs, what each item was given and
 * used, and since when the current one runs.
 */
@Entity
@Table(name = "meeting")
class Meeting {

    /** An extension never squeezes a later item below this. */
    static final long FLOOR_SECONDS = 120;
    /** A return to a skipped item shorter than this (a click back and on) is not a discussion of it. */
    static final long DISCUSSED_MILLIS = 5_000;

    @Id
    @Column(name = "review_id")
    private UUID reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.NOT_STARTED;

    @Column(name = "current_item", nullable = false)
    private int currentItem;

    /** When the current item's clock last (re)started; null unless running. */
    @Column(name = "item_started_at")
    private Instant runningSince;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** Time added beyond the timebox because later items had nothing left to give. */
    @Column(name = "overtime_seconds", nullable = false)
    private long overtimeSeconds;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_item", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<ItemClock> items = new ArrayList<>();

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(UUID reviewId) {
        this.reviewId = reviewId;
    }

    void start(Instant now, List<Integer> plannedMinutes) {
        if (status != MeetingStatus.NOT_STARTED) {
            throw new MeetingStateException("The meeting has already started");
        }
        if (plannedMinutes.isEmpty()) {
            throw new MeetingStateException("The agenda is empty");
        }
        items.clear();
        plannedMinutes.forEach(m -> items.add(new ItemClock(m * 60L)));
        status = MeetingStatus.RUNNING;
        startedAt = now;
        runningSince = now;
        currentItem = 0;
    }

    void pause(Instant now) {
        require(MeetingStatus.RUNNING, "Only a running clock can pause");
        stopClock(now);
        status = MeetingStatus.PAUSED;
    }

    void resume(Instant now) {
        require(MeetingStatus.PAUSED, "The clock is not paused");
        runningSince = now;
        status = MeetingStatus.RUNNING;
    }

    /**
     * Gives the current item more time, taken from later items down to their floor (those with
     * the most to spare first, never the closing decision item); what they cannot give is added to
     * the meeting as overtime.
     */
    void extend(int minutes) {
        requireClock();
        long wanted = minutes * 60L;
        // The last item is the decision: its reserved time is never given away.
        List<ItemClock> donors = items.subList(Math.min(currentItem + 1, items.size() - 1), items.size() - 1).stream()
                .filter(i -> !i.skipped() && i.usedMillis() == 0)
                .sorted(Comparator.comparingLong((ItemClock i) -> i.allottedSeconds()).reversed())
                .toList();
        long needed = wanted;
        for (ItemClock donor : donors) {
            long spare = Math.max(0, donor.allottedSeconds() - FLOOR_SECONDS);
            long given = Math.min(spare, needed);
            donor.give(-given);
            needed -= given;
            if (needed == 0) {
                break;
            }
        }
        overtimeSeconds += needed;
        items.get(currentItem).give(wanted);
    }

    void next(Instant now) {
        requireClock();
        if (currentItem + 1 >= items.size()) {
            throw new MeetingStateException("This is the last agenda item: end the meeting or close it with a decision");
        }
        moveTo(now, currentItem + 1);
    }

    void back(Instant now) {
        requireClock();
        if (currentItem == 0) {
            throw new MeetingStateException("This is the first agenda item");
        }
        moveTo(now, currentItem - 1);
    }

    /** Skips the current item: it keeps what it used, is marked skipped, and the next one starts. */
    void skip(Instant now) {
        requireClock();
        if (currentItem + 1 >= items.size()) {
            throw new MeetingStateException("The last agenda item cannot be skipped: end the meeting instead");
        }
        int skipped = currentItem;
        moveTo(now, currentItem + 1);
        items.get(skipped).skip();
    }

    void end(Instant now) {
        requireClock();
        stopClock(now);
        status = MeetingStatus.ENDED;
        endedAt = now;
    }

    /** The decision was recorded: the meeting closes for good, whatever state its clock was in. */
    void close(Instant now) {
        if (status == MeetingStatus.CLOSED) {
            return;
        }
        if (status == MeetingStatus.RUNNING) {
            stopClock(now);
        }
        if (endedAt == null) {
            endedAt = now;
        }
        status = MeetingStatus.CLOSED;
    }

    /** Stale screens do not act: the caller must have seen the current version. */
    void expectVersion(long seen) {
        if (seen != version) {
            throw new ConcurrentChangeException();
        }
    }

    long elapsedOnCurrent(Instant now) {
        if (items.isEmpty()) {
            return 0;
        }
        long running = status == MeetingStatus.RUNNING ? Duration.between(runningSince, now).toMillis() : 0;
        return (items.get(currentItem).usedMillis() + running) / 1000;
    }

    /** When the current item's time runs out, if the clock keeps running; null unless it runs. */
    Instant itemEndsAt() {
        if (status != MeetingStatus.RUNNING) {
            return null;
        }
        ItemClock item = items.get(currentItem);
        return runningSince.plusMillis(item.allottedSeconds() * 1000 - item.usedMillis());
    }

    long secondsLeft(Instant now) {
        if (items.isEmpty()) {
            return 0;
        }
        return items.get(currentItem).allottedSeconds() - elapsedOnCurrent(now);
    }

    private void moveTo(Instant now, int position) {
        stopClock(now);
        currentItem = position;
        if (status == MeetingStatus.RUNNING) {
            runningSince = now;
        }
    }

    /**
     * Books the running time on the current item; a skipped item the room went back to and stayed on
     * for {@link #DISCUSSED_MILLIS} or more was discussed after all, and is no longer marked skipped.
     */
    private void stopClock(Instant now) {
        if (status == MeetingStatus.RUNNING) {
            long millis = Duration.between(runningSince, now).toMillis();
            items.get(currentItem).use(millis);
            if (millis >= DISCUSSED_MILLIS) {
                items.get(currentItem).discussed();
            }
            runningSince = null;
        }
    }

    private void require(MeetingStatus expected, String otherwise) {
        if (status != expected) {
            throw new MeetingStateException(otherwise);
        }
    }

    private void requireClock() {
        if (!status.clockRuns()) {
            throw new MeetingStateException(switch (status) {
                case NOT_STARTED -> "Start the meeting first";
                case ENDED -> "The meeting's clock has ended";
                default -> "The meeting is closed";
            });
        }
    }

    UUID reviewId() { return reviewId; }
    MeetingStatus status() { return status; }
    int currentItem() { return currentItem; }
    Instant startedAt() { return startedAt; }
    Instant endedAt() { return endedAt; }
    long overtimeSeconds() { return overtimeSeconds; }
    long version() { return version; }
    List<ItemClock> items() { return items; }
}
