package dev.verdict.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verdict.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.access.AccessDeniedException;

class RoomSnapshotsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final RoomSnapshots snapshots = new RoomSnapshots(clock);
    private final UUID review = UUID.randomUUID();
    private final AtomicInteger reads = new AtomicInteger();

    private RoomSnapshots.SharedRoom read(UUID id) {
        reads.incrementAndGet();
        return new RoomSnapshots.SharedRoom(null, new Meeting(id), List.of(), Map.of(), null);
    }

    @Test
    void ten_screens_refreshing_after_one_change_read_the_room_once() throws Exception {
        var pool = Executors.newFixedThreadPool(10);
        var go = new CountDownLatch(1);
        var slowRead = new CountDownLatch(1);
        List<Future<RoomSnapshots.SharedRoom>> screens = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            screens.add(pool.submit(() -> {
                go.await();
                return snapshots.get(review, id -> {
                    try {
                        slowRead.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return read(id);
                });
            }));
        }
        go.countDown();
        Thread.sleep(200);
        slowRead.countDown();
        var first = screens.getFirst().get();
        for (var screen : screens) {
            assertThat(screen.get()).isSameAs(first);
        }
        pool.shutdown();
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_committed_change_makes_the_next_screen_read_afresh() {
        var before = snapshots.get(review, this::read);
        snapshots.invalidate(review);
        var after = snapshots.get(review, this::read);

        assertThat(after).isNotSameAs(before);
        assertThat(reads).hasValue(2);
    }

    static List<Throwable> failures() {
        return List.of(new AccessDeniedException("No such review, or it is not yours"), new StackOverflowError("deep"));
    }

    /** An exception (a stranger's read) and an error alike: the caller hears of it, nothing is kept. */
    @ParameterizedTest
    @MethodSource("failures")
    void a_failed_read_is_not_kept_and_the_next_screen_reads_afresh(Throwable failure) {
        assertThatThrownBy(() -> snapshots.get(review, id -> {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure;
        })).isSameAs(failure);

        assertThat(snapshots.size()).isZero();
        assertThat(snapshots.get(review, this::read)).isNotNull();
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_read_is_used_for_three_seconds_at_most_so_a_change_made_by_another_instance_shows_soon() {
        var first = snapshots.get(review, this::read);
        clock.advance(Duration.ofSeconds(2));
        assertThat(snapshots.get(review, this::read)).isSameAs(first);

        clock.advance(Duration.ofSeconds(2));
        assertThat(snapshots.get(review, this::read)).isNotSameAs(first);
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_room_nobody_looked_at_for_five_minutes_is_dropped() {
        snapshots.get(review, this::read);
        clock.advance(Duration.ofMinutes(4));
        snapshots.dropIdle();
        assertThat(snapshots.size()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        snapshots.dropIdle();
        assertThat(snapshots.size()).isZero();
    }
}
