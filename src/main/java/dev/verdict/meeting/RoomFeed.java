package dev.verdict.meeting;

import dev.verdict.shared.LiveFeed;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Carries committed room changes to the screens that have the review open. */
@Component
public class RoomFeed {

    private final LiveFeed feed = new LiveFeed();

    public LiveFeed.Subscription subscribe(UUID reviewId, Runnable onChange) {
        return feed.subscribe(reviewId, onChange);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MeetingChanged event) {
        feed.changed(event.reviewId());
    }
}
