package dev.verdict.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;

/**
 * Tells the screens that watch one review that something about it changed. Each listener re-reads
 * through its own service; the feed carries only the review id, never state.
 */
public final class LiveFeed {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

    /** Unsubscribes one listener; call it when the screen detaches. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    private final Map<UUID, List<Listener>> listeners = new ConcurrentHashMap<>();
    private final TaskScheduler scheduler;
    private final long minIntervalMillis;
    private final Clock clock;
    private final java.util.function.LongConsumer delivered;

    /** A feed that calls each listener at once, every time. */
    public LiveFeed() {
        this(null, Duration.ZERO, Clock.systemUTC(), nanos -> { });
    }

    /**
     * A feed that calls each listener at most once per interval; changes in between are coalesced
     * into one call at the end of the interval, so the last change always arrives.
     */
    public LiveFeed(TaskScheduler scheduler, Duration minInterval, Clock clock) {
        this(scheduler, minInterval, clock, nanos -> { });
    }

    /**
     * @param delivered told, per screen, how long it took from the change to the screen's listener
     *                  having run (for a UI: refreshed and pushed), in nanoseconds
     */
    public LiveFeed(TaskScheduler scheduler, Duration minInterval, Clock clock, java.util.function.LongConsumer delivered) {
        this.scheduler = scheduler;
        this.minIntervalMillis = minInterval.toMillis();
        this.clock = clock;
        this.delivered = delivered;
    }

    public Subscription subscribe(UUID reviewId, Runnable onChange) {
        Listener listener = new Listener(reviewId, onChange);
        // Added inside compute: a concurrent cancel that empties the list cannot drop this listener.
        listeners.compute(reviewId, (id, list) -> {
            List<Listener> current = list == null ? new CopyOnWriteArrayList<>() : list;
            current.add(listener);
            return current;
        });
        return () -> listeners.computeIfPresent(reviewId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /**
     * Tells the screens once the current transaction has committed, so they re-read committed
     * state; at once when there is no transaction. Deliberately not a transactional event
     * listener: screens are not worth a row in the event publication registry.
     */
    public void changedAfterCommit(UUID reviewId) {
        AfterCommit.run(() -> changed(reviewId));
    }

    /** Tells every screen of every review: after this node may have missed changes ({@link ChangesMissed}). */
    public void changedAll() {
        listeners.keySet().forEach(this::changed);
    }

    public void changed(UUID reviewId) {
        for (Listener listener : listeners.getOrDefault(reviewId, List.of())) {
            listener.fire();
        }
    }

    private final class Listener {
        private final UUID reviewId;
        private final Runnable onChange;
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private volatile long lastRun = Long.MIN_VALUE / 2;

        Listener(UUID reviewId, Runnable onChange) {
            this.reviewId = reviewId;
            this.onChange = onChange;
        }

        void fire() {
            long changedAt = System.nanoTime();
            if (scheduler == null || minIntervalMillis == 0) {
                run(changedAt);
                return;
            }
            // Always off the committing thread: the change's author gets their response at once,
            // and screens refresh in parallel instead of one after another.
            if (scheduled.compareAndSet(false, true)) {
                long wait = Math.max(0, lastRun + minIntervalMillis - clock.millis());
                scheduler.schedule(() -> {
                    scheduled.set(false);
                    run(changedAt);
                }, clock.instant().plusMillis(wait));
            }
        }

        private void run(long changedAt) {
            lastRun = clock.millis();
            try {
                onChange.run();
                delivered.accept(System.nanoTime() - changedAt);
            } catch (RuntimeException e) {
                // One broken screen must not keep the others from hearing about the change.
                log.warn("A live listener of review {} failed: {}", reviewId, e.toString());
            }
        }
    }

    public int subscriberCount(UUID reviewId) {
        return listeners.getOrDefault(reviewId, List.of()).size();
    }
}
