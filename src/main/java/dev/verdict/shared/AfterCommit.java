package dev.verdict.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work once the current transaction has committed, or at once when there is none: for
 * telling screens and feeds about a change only when it is there to be read.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable work) {
        run(work, org.springframework.core.Ordered.LOWEST_PRECEDENCE);
    }

    /**
     * Runs before every other after-commit work of the transaction: for work that others rely on,
     * such as dropping a cached read before anyone is told to read again. Spring runs after-commit
     * work in order and stops at the first that fails, so what must happen goes first.
     */
    public static void first(Runnable work) {
        run(work, org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
    }

    private static void run(Runnable work, int order) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }

                @Override
                public int getOrder() {
                    return order;
                }
            });
        } else {
            work.run();
        }
    }
}
