package dev.verdict.preread;

import dev.verdict.review.ReviewCancelled;
import dev.verdict.review.TeamChanged;
import dev.verdict.shared.ChangesMissed;
import dev.verdict.shared.LiveFeed;
import dev.verdict.shared.Relayed;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/** Tells open pre-read pages that comments or receipts changed, after the change committed. */
@Component
public class PreReadFeed {

    private final LiveFeed feed;

    PreReadFeed(@Qualifier("taskScheduler") TaskScheduler scheduler, Clock clock) {
        this.feed = new LiveFeed(scheduler, Duration.ofMillis(250), clock);
    }

    public LiveFeed.Subscription subscribe(UUID reviewId, Runnable onChange) {
        return feed.subscribe(reviewId, onChange);
    }

    @EventListener
    void on(CommentsChanged event) {
        feed.changedAfterCommit(event.reviewId());
    }

    /** A removed member's open pre-read learns it at once (its next read is refused). */
    @EventListener
    void on(TeamChanged event) {
        feed.changedAfterCommit(event.reviewId());
    }

    /** A cancelled review's open pre-reads say so and stop taking comments. */
    @EventListener
    void on(ReviewCancelled event) {
        feed.changedAfterCommit(event.reviewId());
    }

    /** Changes committed on another node of the cluster (ADR 27). */
    @EventListener
    void onComments(Relayed<CommentsChanged> relayed) {
        on(relayed.event());
    }

    @EventListener
    void onTeam(Relayed<TeamChanged> relayed) {
        on(relayed.event());
    }

    @EventListener
    void onCancelled(Relayed<ReviewCancelled> relayed) {
        on(relayed.event());
    }

    /** The listening connection was down (ADR 27): every open screen re-reads what it may have missed. */
    @EventListener
    void on(ChangesMissed missed) {
        feed.changedAll();
    }
}
