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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The meeting's clock, kept in the database so that every tab, a reload and a restarted server
 * compute the same time from the same facts: which item runs, and since when.
 */
@Entity
@Table(name = "meeting")
class Meeting {

    @Id
    @Column(name = "review_id")
    private UUID reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.NOT_STARTED;

    @Column(name = "current_item", nullable = false)
    private int currentItem;

    @Column(name = "item_started_at")
    private Instant itemStartedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** Seconds spent on each finished item, by agenda position. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_item_time", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "position")
    @Column(name = "seconds_used")
    private Map<Integer, Long> secondsUsed = new HashMap<>();

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(UUID reviewId) {
        this.reviewId = reviewId;
    }

    void start(Instant now) {
        if (status != MeetingStatus.NOT_STARTED) {
            throw new MeetingStateException("The meeting has already started");
        }
        status = MeetingStatus.RUNNING;
        startedAt = now;
        itemStartedAt = now;
        currentItem = 0;
    }

    /** Moves to the next item; returns false when the current item was the last one. */
    void next(Instant now, int itemCount) {
        requireRunning();
        if (currentItem + 1 >= itemCount) {
            throw new MeetingStateException("This is the last agenda item: close the meeting with a decision");
        }
        recordCurrent(now);
        currentItem++;
        itemStartedAt = now;
    }

    void end(Instant now) {
        if (status == MeetingStatus.ENDED) {
            throw new MeetingStateException("The meeting has already ended");
        }
        if (status == MeetingStatus.RUNNING) {
            recordCurrent(now);
        }
        status = MeetingStatus.ENDED;
        endedAt = now;
    }

    /** When the current item's time runs out; null unless the meeting runs. */
    Instant itemEndsAt(int plannedMinutes) {
        return status == MeetingStatus.RUNNING ? itemStartedAt.plus(Duration.ofMinutes(plannedMinutes)) : null;
    }

    long secondsUsedOn(int position) {
        return secondsUsed.getOrDefault(position, 0L);
    }

    private void recordCurrent(Instant now) {
        secondsUsed.merge(currentItem, Duration.between(itemStartedAt, now).toSeconds(), Long::sum);
    }

    private void requireRunning() {
        if (status != MeetingStatus.RUNNING) {
            throw new MeetingStateException(status == MeetingStatus.ENDED
                    ? "The meeting has ended" : "Start the meeting first");
        }
    }

    UUID reviewId() { return reviewId; }
    MeetingStatus status() { return status; }
    int currentItem() { return currentItem; }
    Instant startedAt() { return startedAt; }
    Instant endedAt() { return endedAt; }
}
