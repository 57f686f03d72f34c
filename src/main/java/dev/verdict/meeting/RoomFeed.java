package dev.verdict.meeting;

import dev.verdict.review.AgendaChanged;
import dev.verdict.review.ReviewCancelled;
import dev.verdict.review.TeamChanged;
import dev.verdict.shared.AfterCommit;
import dev.verdict.shared.ChangesMissed;
import dev.verdict.shared.LiveFeed;
import dev.verdict.shared.Relayed;
import java.time.Clock;
import java.time.Duration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Carries committed room changes to the screens that have the review open, at most four updates
 * a second per screen: a burst of changes arrives as one refresh with the latest state.
 */
@Component
public class RoomFeed {

    static final Duration MIN_INTERVAL = Duration.ofMillis(250);

    private final LiveFeed feed;
    private final RoomSnapshots snapshots;

    RoomFeed(@Qualifier("taskScheduler") TaskScheduler scheduler, Clock clock, MeterRegistry meters, RoomSnapshots snapshots) {
        this.snapshots = snapshots;
        Timer fanout = Timer.builder("verdict.room.fanout")
                .description("From a committed room change to one open screen refreshed and pushed")
                .publishPercentiles(0.5, 0.95, 0.99)
                // Buckets for Prometheus: p95 across nodes and over time comes from these
                // (histogram_quantile), with exact edges at the targets (100 ms p95, 250 ms p99).
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(250))
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(meters);
        this.feed = new LiveFeed(scheduler, MIN_INTERVAL, clock, nanos -> fanout.record(nanos, TimeUnit.NANOSECONDS));
    }

    public LiveFeed.Subscription subscribe(UUID reviewId, Runnable onChange) {
        return feed.subscribe(reviewId, onChange);
    }

    @EventListener
    void on(MeetingChanged event) {
        changedAfterCommit(event.reviewId(), !event.presenceOnly());
    }

    /** Roles and members are part of the shared room: a removed member's screen is refused at its next read. */
    @EventListener
    void on(TeamChanged event) {
        changedAfterCommit(event.reviewId(), true);
    }

    @EventListener
    void on(AgendaChanged event) {
        changedAfterCommit(event.reviewId(), true);
    }

    /** A cancelled review's open rooms say so and drop their controls. */
    @EventListener
    void on(ReviewCancelled event) {
        changedAfterCommit(event.reviewId(), true);
    }

    /** Changes committed on another node of the cluster (ADR 27): this node's screens and shared reads follow. */
    @EventListener
    void onMeeting(Relayed<MeetingChanged> relayed) {
        on(relayed.event());
    }

    @EventListener
    void onTeam(Relayed<TeamChanged> relayed) {
        on(relayed.event());
    }

    @EventListener
    void onAgenda(Relayed<AgendaChanged> relayed) {
        on(relayed.event());
    }

    @EventListener
    void onCancelled(Relayed<ReviewCancelled> relayed) {
        on(relayed.event());
    }

    /** The listening connection was down: every open room re-reads what it may have missed. */
    @EventListener
    void on(ChangesMissed missed) {
        snapshots.invalidateAll();
        feed.changedAll();
    }

    /**
     * Once committed: the shared room is dropped first, so the screens told next read the change;
     * ahead of any other after-commit work (the STOMP relay's), so none of it can keep the
     * drop from happening.
     */
    private void changedAfterCommit(UUID reviewId, boolean stored) {
        AfterCommit.first(() -> {
            if (stored) {
                snapshots.invalidate(reviewId);
            }
            feed.changed(reviewId);
        });
    }
}
