package dev.verdict.publishing.git;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * One writer at a time per local clone, shared by everything that fetches into or commits in it
 * (publishing, the decision log's mirrors, reconciliation). A wait is bounded: work stuck in a
 * clone (a git host that accepts the connection and then never answers, a JGit bug) makes the
 * next caller fail with {@link CloneBusyException}, which publishing turns into a retry with
 * backoff, instead of queueing every later publication behind it for ever.
 */
@Component
class RepositoryLocks {

    /**
     * How long a caller waits for a clone: longer than the slowest legitimate holder (a fetch and a
     * push, each bounded by JGit's 30 s transport timeout, retried while the branch moves).
     */
    static final Duration WAIT = Duration.ofMinutes(5);

    private final Map<String, HolderAwareLock> locks = new ConcurrentHashMap<>();
    private final Duration wait;

    RepositoryLocks() {
        this(WAIT);
    }

    RepositoryLocks(Duration wait) {
        this.wait = wait;
    }

    /**
     * Takes the clone's lock, waiting at most {@link #WAIT}; close the result to release it.
     *
     * @param clone the clone's git directory, as a path string
     * @throws CloneBusyException when another thread held it all that time (its name is in the message)
     */
    Held hold(String clone) throws CloneBusyException {
        HolderAwareLock lock = locks.computeIfAbsent(clone, key -> new HolderAwareLock());
        try {
            if (!lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                Thread holder = lock.holder();
                throw new CloneBusyException("Verdict's clone of this repository was busy for over "
                        + (wait.toMillis() < 1000 ? wait.toMillis() + " ms" : wait.toSeconds() + " s")
                        + (holder == null ? "" : " (held by thread " + holder.getName() + ")"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloneBusyException("Interrupted while waiting for Verdict's clone of this repository");
        }
        return lock::unlock;
    }

    /** A held clone lock; closing it releases the lock. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Another thread held a clone's lock longer than a caller may wait. */
    static final class CloneBusyException extends java.io.IOException {
        CloneBusyException(String message) {
            super(message);
        }
    }

    private static final class HolderAwareLock extends ReentrantLock {
        Thread holder() {
            return getOwner();
        }
    }
}
