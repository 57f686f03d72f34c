package dev.verdict.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class AfterCommitTest {

    private final List<String> done = new ArrayList<>();

    @BeforeEach
    void aTransaction() {
        TransactionSynchronizationManager.initSynchronization();
    }

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.clearSynchronization();
    }

    @Test
    void nothing_runs_before_the_commit() {
        AfterCommit.run(() -> done.add("told"));
        assertThat(done).isEmpty();

        TransactionSynchronizationUtils.triggerAfterCommit();
        assertThat(done).containsExactly("told");
    }

    @Test
    void work_that_must_come_first_runs_first_even_when_registered_last_and_even_when_later_work_fails() {
        AfterCommit.run(() -> {
            throw new IllegalStateException("the relay's executor is shutting down");
        });
        AfterCommit.first(() -> done.add("cached room dropped"));

        assertThatThrownBy(TransactionSynchronizationUtils::triggerAfterCommit).isInstanceOf(IllegalStateException.class);
        assertThat(done).containsExactly("cached room dropped");
    }
}
