package dev.verdict.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LiveFeedTest {

    private final LiveFeed feed = new LiveFeed();
    private final UUID review = UUID.randomUUID();

    @Test
    void a_change_reaches_every_screen_of_that_review_only() {
        List<String> heard = new ArrayList<>();
        feed.subscribe(review, () -> heard.add("alice"));
        feed.subscribe(review, () -> heard.add("bob"));
        feed.subscribe(UUID.randomUUID(), () -> heard.add("someone else"));

        feed.changed(review);

        assertThat(heard).containsExactly("alice", "bob");
    }

    @Test
    void a_closed_screen_hears_nothing_more() {
        List<String> heard = new ArrayList<>();
        var subscription = feed.subscribe(review, () -> heard.add("alice"));
        subscription.cancel();

        feed.changed(review);

        assertThat(heard).isEmpty();
        assertThat(feed.subscriberCount(review)).isZero();
    }

    @Test
    void a_throttled_screen_gets_a_burst_as_one_update_and_at_most_four_a_second() throws Exception {
        var scheduler = new org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler();
        scheduler.initialize();
        try {
            var throttled = new LiveFeed(scheduler, java.time.Duration.ofMillis(250), java.time.Clock.systemUTC());
            var calls = new java.util.concurrent.CopyOnWriteArrayList<Long>();
            throttled.subscribe(review, () -> calls.add(System.nanoTime()));

            for (int i = 0; i < 50; i++) {
                throttled.changed(review);
            }
            Thread.sleep(100);
            assertThat(calls).as("a burst arrives as one update").hasSize(1);

            for (int i = 0; i < 50; i++) {
                throttled.changed(review);
            }
            Thread.sleep(600);
            assertThat(calls).as("the change after the first update still arrives").hasSize(2);
            assertThat(calls.get(1) - calls.get(0)).as("no sooner than 250 ms after the previous one")
                    .isGreaterThanOrEqualTo(240_000_000L);
        } finally {
            scheduler.shutdown();
        }
    }

    @Test
    void one_broken_screen_does_not_keep_others_from_hearing() {
        List<String> heard = new ArrayList<>();
        feed.subscribe(review, () -> {
            throw new IllegalStateException("detached");
        });
        feed.subscribe(review, () -> heard.add("bob"));

        feed.changed(review);

        assertThat(heard).containsExactly("bob");
    }
}
