package dev.verdict.meeting;

import dev.verdict.shared.LiveFeed;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

/** Carries committed room changes to the screens that have the review open. */
@Component
public class RoomFeed {

    private final LiveFeed feed = new LiveFeed();

    public LiveFeed.Subscription subscribe(UUID reviewId, Runnable onChange) {
        return feed.subscribe(reviewId, onChange);
    }

    @EventListener
    void on(MeetingChanged event) {
        feed.changedAfterCommit(event.reviewId());
    }
}
