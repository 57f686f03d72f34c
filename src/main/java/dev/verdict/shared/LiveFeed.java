package dev.verdict.shared;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /**
     * Tells the screens once the current transaction has committed, so they re-read committed
     * state; at once when there is no transaction. Deliberately not a transactional event
     * listener: screens are not worth a row in the event publication registry.
     */
    public void changedAfterCommit(UUID reviewId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    changed(reviewId);
                }
            });
        } else {
            changed(reviewId);
        }
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
