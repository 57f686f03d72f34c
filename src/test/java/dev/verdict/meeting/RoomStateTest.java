package dev.verdict.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.review.ReviewRole;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoomStateTest {

    private static final Instant READ = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    void the_countdown_runs_on_from_the_moment_it_was_read() {
        RoomState state = running(90);

        assertThat(state.secondsLeftAt(READ.plusSeconds(30))).isEqualTo(60);
        assertThat(state.secondsLeftAt(READ.plusSeconds(100))).isEqualTo(-10);
    }

    @Test
    void the_moderator_is_offered_to_call_it_only_after_the_grace_period() {
        RoomState state = running(0);

        assertThat(state.graceOverAt(READ.plusSeconds(119))).isFalse();
        assertThat(state.graceOverAt(READ.plusSeconds(120))).isTrue();
    }

    private static RoomState running(long secondsLeft) {
        return new RoomState(UUID.randomUUID(), "t", MeetingStatus.RUNNING, ReviewRole.MODERATOR, 3, 0, secondsLeft, READ,
                0, 120, 30, List.of(new RoomState.Item(0, "Problem", 5, 300, 300 - secondsLeft, false, "")), "", List.of(),
                List.of(), null, null, READ, null, List.of(), false);
    }
}
