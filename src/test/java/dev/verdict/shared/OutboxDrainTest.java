package dev.verdict.shared;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxDrainTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private final List<LockConfiguration> asked = new CopyOnWriteArrayList<>();
    private final AtomicInteger held = new AtomicInteger();
    private OutboxDrain outbox;

    @AfterEach
    void stop() {
        if (outbox != null) {
            outbox.stop();
        }
    }

    /** A lock provider that grants the lock when {@code free} says so, and records every request. */
    private LockProvider locks(Predicate<Integer> free) {
        return configuration -> {
            asked.add(configuration);
            if (!free.test(asked.size())) {
                return Optional.empty();
            }
            held.incrementAndGet();
            SimpleLock lock = held::decrementAndGet;
            return Optional.of(lock);
        };
    }

    /** Waits until everything handed to the outbox's thread so far has run (its queue runs in order). */
    private void settle() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        outbox.runSoon(done::countDown);
        assertThat(done.await(30, SECONDS)).as("the outbox's thread got to the end of its queue").isTrue();
    }

    @Test
    void a_tick_while_the_previous_drain_is_still_running_is_skipped_and_the_next_tick_drains_again() throws Exception {
        outbox = new OutboxDrain("verdict-test", "test-delivery", locks(n -> true), CLOCK);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();

        outbox.drainSoon(() -> {
            ran.add("first on " + Thread.currentThread().getName());
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(started.await(30, SECONDS)).isTrue();
        outbox.drainSoon(() -> ran.add("second, while the first still ran"));
        release.countDown();
        settle();
        outbox.drainSoon(() -> ran.add("third, after the first ended"));
        settle();

        assertThat(ran).containsExactly("first on verdict-test", "third, after the first ended");
    }

    @Test
    void every_drain_holds_the_outboxs_lock_for_at_most_ten_minutes() throws Exception {
        outbox = new OutboxDrain("verdict-test", "test-delivery", locks(n -> true), CLOCK);
        AtomicInteger heldDuringDrain = new AtomicInteger();

        outbox.drainSoon(() -> heldDuringDrain.set(held.get()));
        settle();

        assertThat(heldDuringDrain).hasValue(1);
        assertThat(asked.getFirst().getName()).isEqualTo("test-delivery");
        assertThat(asked.getFirst().getLockAtMostFor()).isEqualTo(Duration.ofMinutes(10));
        assertThat(asked.getFirst().getLockAtLeastFor()).isEqualTo(Duration.ZERO);
    }

    @Test
    void a_node_that_finds_the_lock_taken_skips_its_turn_and_drains_at_a_later_tick() throws Exception {
        // The first request finds the lock held by another node; later ones get it.
        outbox = new OutboxDrain("verdict-test", "test-delivery", locks(n -> n > 1), CLOCK);
        AtomicInteger drains = new AtomicInteger();

        outbox.drainSoon(drains::incrementAndGet);
        settle();
        assertThat(drains).as("skipped while another node drains").hasValue(0);

        outbox.drainSoon(drains::incrementAndGet);
        settle();
        assertThat(drains).as("the next tick drains").hasValue(1);
    }

    @Test
    void a_drain_that_fails_releases_the_lock_and_does_not_stop_later_ticks() throws Exception {
        outbox = new OutboxDrain("verdict-test", "test-delivery", locks(n -> true), CLOCK);
        AtomicInteger locksHeldDuringNextDrain = new AtomicInteger(-1);

        outbox.drainSoon(() -> {
            throw new IllegalStateException("the database went away");
        });
        settle();
        outbox.drainSoon(() -> locksHeldDuringNextDrain.set(held.get()));
        settle();

        assertThat(locksHeldDuringNextDrain).as("the next drain ran, holding only its own lock").hasValue(1);
    }

    @Test
    void after_stop_ticks_and_requests_are_ignored_without_an_error() {
        outbox = new OutboxDrain("verdict-test", "test-delivery", locks(n -> true), CLOCK);
        AtomicInteger runs = new AtomicInteger();
        outbox.stop();

        assertThatNoException().isThrownBy(() -> {
            outbox.drainSoon(runs::incrementAndGet);
            outbox.drainSoon(runs::incrementAndGet);
            outbox.runSoon(runs::incrementAndGet);
        });
        assertThat(runs).hasValue(0);
        assertThat(asked).isEmpty();
    }

    @Test
    void a_failed_attempt_waits_the_first_delay_then_twice_as_long_each_time_up_to_the_cap() {
        Duration first = Duration.ofSeconds(30);
        Duration max = Duration.ofMinutes(15);

        assertThat(OutboxDrain.backoff(1, first, max)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxDrain.backoff(2, first, max)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxDrain.backoff(5, first, max)).isEqualTo(Duration.ofMinutes(8));
        assertThat(OutboxDrain.backoff(6, first, max)).isEqualTo(Duration.ofMinutes(15));
        assertThat(OutboxDrain.backoff(60, first, max)).isEqualTo(Duration.ofMinutes(15));
        assertThat(OutboxDrain.backoff(0, first, max)).as("no attempt yet counts as the first").isEqualTo(first);
        assertThat(OutboxDrain.backoff(3, Duration.ofMillis(300), Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));
    }
}
