package dev.verdict.publishing.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.verdict.StuckWorkReport;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/** A test that gave up waiting for a publication says, in its failure, what publishing was stuck on. */
class StuckWorkReportTest {

    @Test
    void a_timed_out_wait_names_the_thread_stuck_on_a_clone_and_where() throws Exception {
        var locks = new RepositoryLocks(Duration.ofMinutes(1));
        var release = new CountDownLatch(1);
        var taken = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().name("holding-the-clone").start(() -> {
            try (var held = locks.hold("/clone.git")) {
                taken.countDown();
                release.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        taken.await();
        Thread waiter = Thread.ofPlatform().name("publication-waiting").start(() -> {
            try (var held = locks.hold("/clone.git")) {
                // got it once the holder let go
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (waiter.getState() != Thread.State.TIMED_WAITING) {
            Thread.onSpinWait();
        }

        Throwable reported = catchThrowable(() -> new StuckWorkReport()
                .handleTestExecutionException(null, new ConditionTimeoutException("Publication not published within 30 seconds")));

        release.countDown();
        holder.join();
        waiter.join();
        assertThat(reported).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Publication not published within 30 seconds")
                .hasMessageContaining("\"publication-waiting\" TIMED_WAITING")
                .hasMessageContaining("held by \"holding-the-clone\"")
                .hasMessageContaining("RepositoryLocks.hold");
    }

    @Test
    void other_failures_pass_through_unchanged() {
        var failure = new AssertionError("expected 3 but was 2");

        assertThat(catchThrowable(() -> new StuckWorkReport().handleTestExecutionException(null, failure))).isSameAs(failure);
    }
}
