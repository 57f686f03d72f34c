package dev.verdict.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Drains one outbox (rows waiting to reach another system: chat messages, follow-up tickets, pull
 * requests) the way every outbox here is drained:
 * <ul>
 *   <li><b>on a thread of its own</b>, named for the outbox: a remote system that answers slowly (up
 *   to its request timeout per call) never holds a thread of the shared scheduler, which also pushes
 *   the live screens;</li>
 *   <li><b>one drain at a time</b>: a tick while the previous drain is still queued or running is
 *   skipped, so slow drains never pile up; the first tick after it ends takes the rows still due;</li>
 *   <li><b>on one node at a time</b> (ADR 27): the work runs under the ShedLock lock named for the
 *   outbox (the {@code shedlock} table, see {@code ScheduledLocks}), held for as long as it takes and
 *   at most {@link #LOCK_AT_MOST_FOR}, since two nodes reading the same due rows would send each
 *   twice. A node that finds the lock taken skips that turn; its rows stay due for a later tick;</li>
 *   <li><b>with backoff</b> between failed attempts of a row ({@link #backoff}).</li>
 * </ul>
 * The owner calls {@link #drainSoon} from its {@code @Scheduled} tick and {@link #stop} from its
 * {@code @PreDestroy}. Stopping interrupts the work under way and drops what is queued; the rows
 * stay in the database, so the next start resumes where this one stopped.
 */
public final class OutboxDrain {

    /** The longest a drain keeps its lock, should its node die holding it. */
    public static final Duration LOCK_AT_MOST_FOR = Duration.ofMinutes(10);

    private final String lockName;
    private final Clock clock;
    private final LockingTaskExecutor once;
    private final ExecutorService thread;
    private final AtomicBoolean draining = new AtomicBoolean();

    /**
     * @param threadName the drain's (daemon) thread, as thread dumps show it: "verdict-chat"
     * @param lockName   the row in the {@code shedlock} table that keeps the drain on one node: "chat-delivery"
     * @param locks      the cross-node locks (ShedLock over the database)
     * @param clock      when each lock is taken
     */
    public OutboxDrain(String threadName, String lockName, LockProvider locks, Clock clock) {
        this.lockName = lockName;
        this.clock = clock;
        this.once = new DefaultLockingTaskExecutor(locks);
        this.thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().name(threadName).daemon().factory());
    }

    /**
     * The tick: hands {@code drain} to the outbox's thread, to run under its lock, unless the
     * previous drain is still queued or running (then this tick does nothing). Returns at once;
     * after {@link #stop} it does nothing. {@code drain} should catch its own failures: one thrown
     * here is lost with the thread's turn.
     */
    public void drainSoon(Runnable drain) {
        if (draining.compareAndSet(false, true) && !submit(drain, () -> draining.set(false))) {
            draining.set(false);
        }
    }

    /**
     * One piece of work on the outbox's thread under its lock, after whatever is queued there, even
     * while a drain is under way (a page asking for one row at once). Skipped when another node holds
     * the lock, and after {@link #stop}.
     */
    public void runSoon(Runnable work) {
        submit(work, () -> { });
    }

    /** Interrupts the work under way and drops the queued work; later calls do nothing. */
    public void stop() {
        thread.shutdownNow();
    }

    private boolean submit(Runnable work, Runnable then) {
        try {
            thread.execute(() -> {
                try {
                    once.executeWithLock(work, new LockConfiguration(clock.instant(), lockName, LOCK_AT_MOST_FOR, Duration.ZERO));
                } finally {
                    then.run();
                }
            });
            return true;
        } catch (RejectedExecutionException shuttingDown) {
            return false;
        }
    }

    /**
     * The wait after a row's n-th failed attempt: {@code first} after the first, twice as long after
     * each further one, never more than {@code max} (attempts below 1 count as 1).
     */
    public static Duration backoff(int attempts, Duration first, Duration max) {
        // 2^20 times any sensible first delay is past any sensible cap, and cannot overflow a Duration.
        Duration wait = first.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
