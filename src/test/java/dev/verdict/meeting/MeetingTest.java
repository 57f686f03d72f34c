package dev.verdict.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private static final Instant NINE = Instant.parse("2026-11-27T09:00:00Z");
    private final Meeting meeting = new Meeting(UUID.randomUUID());

    @Test
    void a_started_item_runs_out_at_its_planned_minutes() {
        meeting.start(NINE);

        assertThat(meeting.status()).isEqualTo(MeetingStatus.RUNNING);
        assertThat(meeting.itemEndsAt(5)).isEqualTo(NINE.plus(Duration.ofMinutes(5)));
    }

    @Test
    void next_records_the_time_spent_and_restarts_the_clock_for_the_next_item() {
        meeting.start(NINE);
        meeting.next(NINE.plusSeconds(200), 3);

        assertThat(meeting.currentItem()).isEqualTo(1);
        assertThat(meeting.secondsUsedOn(0)).isEqualTo(200);
        assertThat(meeting.itemEndsAt(4)).isEqualTo(NINE.plusSeconds(200).plus(Duration.ofMinutes(4)));
    }

    @Test
    void next_on_the_last_item_asks_for_a_decision() {
        meeting.start(NINE);
        meeting.next(NINE.plusSeconds(60), 2);

        assertThatThrownBy(() -> meeting.next(NINE.plusSeconds(120), 2))
                .isInstanceOf(MeetingStateException.class)
                .hasMessageContaining("decision");
    }

    @Test
    void a_meeting_cannot_start_twice_or_move_before_it_starts() {
        assertThatThrownBy(() -> meeting.next(NINE, 3)).hasMessageContaining("Start the meeting first");
        meeting.start(NINE);
        assertThatThrownBy(() -> meeting.start(NINE)).hasMessageContaining("already started");
    }

    @Test
    void ending_records_the_last_item_and_stops_the_clock() {
        meeting.start(NINE);
        meeting.end(NINE.plusSeconds(90));

        assertThat(meeting.status()).isEqualTo(MeetingStatus.ENDED);
        assertThat(meeting.secondsUsedOn(0)).isEqualTo(90);
        assertThat(meeting.itemEndsAt(5)).isNull();
        assertThatThrownBy(() -> meeting.end(NINE.plusSeconds(100))).hasMessageContaining("already ended");
    }
}
