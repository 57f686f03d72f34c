package dev.verdict.publishing.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** One writer per clone, and a bounded wait for it. */
class RepositoryLocksTest {

    @Test
    void a_caller_gives_up_on_a_clone_held_past_the_wait_and_is_told_who_holds_it() throws Exception {
        var locks = new RepositoryLocks(Duration.ofMillis(100));
        var taken = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().name("slow-push").start(() -> {
            try (var held = locks.hold("/a.git")) {
                taken.countDown();
                release.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        taken.await();

        assertThatThrownBy(() -> locks.hold("/a.git"))
                .isInstanceOf(RepositoryLocks.CloneBusyException.class)
                .hasMessageContaining("held by thread slow-push");
        try (var other = locks.hold("/b.git")) {
            assertThat(other).as("another clone is not held up").isNotNull();
        }

        release.countDown();
        holder.join();
        try (var free = locks.hold("/a.git")) {
            assertThat(free).isNotNull();
        }
    }
}
