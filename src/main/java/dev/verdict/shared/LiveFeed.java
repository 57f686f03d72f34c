package dev.verdict.shared;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private final Map<UUID, List<Runnable>> listeners = new ConcurrentHashMap<>();

    public Subscription subscribe(UUID reviewId, Runnable listener) {
        listeners.computeIfAbsent(reviewId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(reviewId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    public void changed(UUID reviewId) {
        for (Runnable listener : listeners.getOrDefault(reviewId, List.of())) {
            try {
                listener.run();
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
