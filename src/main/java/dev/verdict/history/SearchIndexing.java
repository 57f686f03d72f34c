package dev.verdict.history;

import dev.verdict.decision.ReviewDecided;
import dev.verdict.identity.CurrentUser;
import dev.verdict.meeting.MeetingChanged;
import dev.verdict.preread.CommentsChanged;
import dev.verdict.review.DocRepinned;
import dev.verdict.review.ReviewOpened;
import dev.verdict.review.ReviewOverview;
import dev.verdict.review.ReviewService;
import dev.verdict.shared.AfterCommit;
import dev.verdict.shared.ChangesMissed;
import dev.verdict.shared.Relayed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the database: each committed change to a review's texts
 * marks the review, and a background thread re-reads and re-indexes the marked reviews a moment
 * later (a burst of captures costs one read). At start it catches up on what the index missed:
 * everything when the index is missing or of another schema, else the reviews it lacks, those no
 * longer there, and those whose texts may have changed since (not yet decided, or decided since
 * they were indexed).
 */
@Component
class SearchIndexing implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);
    /**
     * How long a change waits for the changes that usually follow it: a live room commits several
     * captures a second, and each re-index reads the whole review, so a second's burst costs one read.
     */
    private static final long SETTLE_MILLIS = 1000;
    private static final int BATCH = 100;

    private final SearchIndex index;
    private final ReviewTexts texts;
    private final ReviewService reviews;
    private final Set<UUID> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(work -> {
        var thread = new Thread(work, "search-indexing");
        thread.setDaemon(true);
        return thread;
    });

    SearchIndexing(SearchIndex index, ReviewTexts texts, ReviewService reviews) {
        this.index = index;
        this.texts = texts;
        this.reviews = reviews;
    }

    @EventListener
    void on(ReviewOpened event) {
        changed(event.reviewId());
    }

    @EventListener
    void on(DocRepinned event) {
        changed(event.reviewId());
    }

    @EventListener
    void on(CommentsChanged event) {
        changed(event.reviewId());
    }

    @EventListener
    void on(MeetingChanged event) {
        if (!event.presenceOnly()) {
            changed(event.reviewId());
        }
    }

    @EventListener
    void on(ReviewDecided event) {
        changed(event.reviewId());
    }

    /** Changed on another node of the cluster (ADR 27): this node's own index follows. */
    @EventListener
    void onOpened(Relayed<ReviewOpened> relayed) {
        on(relayed.event());
    }

    @EventListener
    void onRepinned(Relayed<DocRepinned> relayed) {
        on(relayed.event());
    }

    @EventListener
    void onComments(Relayed<CommentsChanged> relayed) {
        on(relayed.event());
    }

    @EventListener
    void onMeeting(Relayed<MeetingChanged> relayed) {
        on(relayed.event());
    }

    @EventListener
    void onDecided(Relayed<ReviewDecided> relayed) {
        on(relayed.event());
    }

    /**
     * Marks the review once its transaction has committed. Not a transactional event listener: a
     * search index is not worth a row in the event publication registry per change, and what a
     * crash loses here the start-up catch-up finds again.
     */
    private void changed(UUID reviewId) {
        AfterCommit.run(() -> {
            if (pending.add(reviewId)) {
                worker.schedule(this::indexPending, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
            }
        });
    }

    /** The listening connection was down (ADR 27): the same catch-up as at start finds what it missed. */
    @EventListener
    void on(ChangesMissed missed) {
        catchUp();
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        worker.execute(() -> {
            try {
                long started = System.nanoTime();
                List<ReviewOverview> all = CurrentUser.asSystem(reviews::history);
                Map<UUID, String> indexed = index.indexedStates();
                var gone = new HashSet<>(indexed.keySet());
                all.forEach(r -> gone.remove(r.id()));
                index.remove(gone);
                int stale = 0;
                for (ReviewOverview review : all) {
                    String state = review.outcome() == null ? IndexedReview.OPEN : IndexedReview.DECIDED;
                    if (index.rebuildNeeded() || IndexedReview.OPEN.equals(state) || !state.equals(indexed.get(review.id()))) {
                        pending.add(review.id());
                        stale++;
                    }
                }
                indexPending();
                log.info("Search index caught up: {} of {} reviews indexed again{}, {} removed, in {} ms", stale, all.size(),
                        index.rebuildNeeded() ? " (rebuilt)" : "", gone.size(), (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("The search index could not catch up at start: {}", e.toString(), e);
            }
        });
    }

    /** Re-indexes every marked review, in batches; runs on the indexing thread only. */
    private void indexPending() {
        var batch = new ArrayList<IndexedReview>();
        var removed = new ArrayList<UUID>();
        for (UUID id : List.copyOf(pending)) {
            // Unmarked before reading: a change committed while it is read marks it again.
            pending.remove(id);
            try {
                batch.add(CurrentUser.asSystem(() -> texts.read(id)));
            } catch (AccessDeniedException e) {
                removed.add(id); // no such review any more
            } catch (RuntimeException e) {
                log.warn("Review {} could not be indexed for search: {}", id, e.toString());
            }
            if (batch.size() == BATCH) {
                index.put(batch);
                batch.clear();
            }
        }
        index.put(batch);
        if (!removed.isEmpty()) {
            index.remove(removed);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
