package dev.verdict.publishing;

import dev.verdict.review.TeamChanged;
import dev.verdict.shared.ChangesMissed;
import dev.verdict.shared.LiveFeed;
import dev.verdict.shared.Relayed;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

/** Tells open review pages that their publication moved on. */
@Component
public class PublicationFeed {

    private final LiveFeed feed = new LiveFeed();

    public LiveFeed.Subscription subscribe(UUID reviewId, Runnable onChange) {
        return feed.subscribe(reviewId, onChange);
    }

    @EventListener
    void on(PublicationChanged event) {
        feed.changedAfterCommit(event.reviewId());
    }

    /** A removed member's open publication page learns it at once (its next read is refused). */
    @EventListener
    void on(TeamChanged event) {
        feed.changedAfterCommit(event.reviewId());
    }

    /** Changes committed on another node of the cluster (ADR 27). */
    @EventListener
    void onPublication(Relayed<PublicationChanged> relayed) {
        on(relayed.event());
    }

    @EventListener
    void onTeam(Relayed<TeamChanged> relayed) {
        on(relayed.event());
    }

    /** The listening connection was down (ADR 27): every open screen re-reads what it may have missed. */
    @EventListener
    void on(ChangesMissed missed) {
        feed.changedAll();
    }
}
