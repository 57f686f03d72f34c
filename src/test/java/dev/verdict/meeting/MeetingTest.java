package dev.verdict.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The clock, driven by a fixed clock that the test moves by hand. */
class MeetingTest {

    private static final Instant NINE = Instant.parse("2026-11-27T09:00:00Z");
    private final Meeting meeting = new Meeting(UUID.randomUUID());
    private Clock clock = Clock.fixed(NINE, ZoneOffset.UTC);

    private Instant at(int secondsAfterNine) {
        clock = Clock.offset(Clock.fixed(NINE, ZoneOffset.UTC), Duration.ofSeconds(secondsAfterNine));
        return clock.instant();
    }

    @Test
    void a_started_item_counts_down_from_its_planned_minutes() {
        meeting.start(at(0), List.of(5, 10, 10));

        assertThat(meeting.status()).isEqualTo(MeetingStatus.RUNNING);
        assertThat(meeting.secondsLeft(at(90))).isEqualTo(210);
        assertThat(meeting.itemEndsAt()).isEqualTo(NINE.plusSeconds(300));
    }

    @Test
    void a_paused_clock_stands_still_and_resumes_where_it_stopped() {
        meeting.start(at(0), List.of(5, 10));
        meeting.pause(at(60));

        assertThat(meeting.secondsLeft(at(600))).isEqualTo(240);
        assertThat(meeting.itemEndsAt()).isNull();
        meeting.resume(at(600));
        assertThat(meeting.secondsLeft(at(630))).isEqualTo(210);
        assertThatThrownBy(() -> meeting.resume(at(631))).hasMessageContaining("not paused");
    }

    @Test
    void extending_takes_time_from_later_items_with_the_most_to_spare() {
        meeting.start(at(0), List.of(5, 4, 10, 5));
        meeting.extend(5);

        assertThat(meeting.secondsLeft(at(0))).isEqualTo(600);
        assertThat(meeting.items()).extracting(ItemClock::allottedSeconds).containsExactly(600L, 240L, 300L, 300L);
        assertThat(meeting.overtimeSeconds()).isZero();
    }

    @Test
    void extending_beyond_what_later_items_can_give_runs_over_the_timebox() {
        meeting.start(at(0), List.of(5, 3, 3, 5));
        meeting.extend(5);

        assertThat(meeting.items()).extracting(ItemClock::allottedSeconds).containsExactly(600L, 120L, 120L, 300L);
        assertThat(meeting.overtimeSeconds()).isEqualTo(180);
    }

    @Test
    void extending_after_going_back_never_takes_from_items_that_already_ran() {
        meeting.start(at(0), List.of(5, 10, 10, 5));
        meeting.next(at(60));
        meeting.back(at(120));
        meeting.extend(5);

        assertThat(meeting.items()).extracting(ItemClock::allottedSeconds).containsExactly(600L, 600L, 300L, 300L);
    }

    @Test
    void quick_clicks_do_not_lose_time_to_rounding() {
        meeting.start(at(0), List.of(5, 5));
        Instant base = NINE;
        meeting.pause(base.plusMillis(1600));
        meeting.resume(base.plusMillis(1600));
        meeting.pause(base.plusMillis(3200));

        assertThat(meeting.items().getFirst().usedSeconds()).isEqualTo(3);
    }

    @Test
    void next_records_the_time_spent_and_starts_the_next_item() {
        meeting.start(at(0), List.of(5, 4, 3));
        meeting.next(at(200));

        assertThat(meeting.currentItem()).isEqualTo(1);
        assertThat(meeting.items().getFirst().usedSeconds()).isEqualTo(200);
        assertThat(meeting.secondsLeft(at(230))).isEqualTo(210);
    }

    @Test
    void back_returns_to_the_previous_item_with_its_time_already_used() {
        meeting.start(at(0), List.of(5, 4));
        meeting.next(at(100));
        meeting.back(at(160));

        assertThat(meeting.currentItem()).isZero();
        assertThat(meeting.secondsLeft(at(160))).isEqualTo(200);
        assertThat(meeting.items().get(1).usedSeconds()).isEqualTo(60);
        assertThatThrownBy(() -> meeting.back(at(170))).hasMessageContaining("first agenda item");
    }

    @Test
    void skip_marks_the_item_skipped_and_moves_on() {
        meeting.start(at(0), List.of(5, 4, 3));
        meeting.skip(at(10));

        assertThat(meeting.items().getFirst().skipped()).isTrue();
        assertThat(meeting.currentItem()).isEqualTo(1);
    }

    @Test
    void going_back_to_a_skipped_item_and_discussing_it_clears_skipped() {
        meeting.start(at(0), List.of(10, 20, 5));
        meeting.skip(at(5));
        meeting.back(at(5));
        meeting.next(at(5 + 8 * 60));

        var problem = meeting.items().getFirst();
        assertThat(problem.skipped()).isFalse();
        assertThat(problem.usedSeconds()).isEqualTo(8 * 60 + 5);
    }

    @Test
    void a_click_back_and_on_leaves_a_skipped_item_skipped() {
        meeting.start(at(0), List.of(10, 20, 5));
        meeting.skip(at(5));
        meeting.back(at(5));
        meeting.next(at(7));

        assertThat(meeting.items().getFirst().skipped()).isTrue();
    }

    @Test
    void an_overrun_counts_below_zero_and_is_recorded_when_moving_on() {
        meeting.start(at(0), List.of(2, 4));

        assertThat(meeting.secondsLeft(at(150))).isEqualTo(-30);
        meeting.next(at(150));
        assertThat(meeting.items().getFirst().usedSeconds() - meeting.items().getFirst().allottedSeconds()).isEqualTo(30);
    }

    @Test
    void next_on_the_last_item_asks_for_the_end_or_a_decision() {
        meeting.start(at(0), List.of(2, 2));
        meeting.next(at(60));

        assertThatThrownBy(() -> meeting.next(at(120))).isInstanceOf(MeetingStateException.class).hasMessageContaining("decision");
        assertThatThrownBy(() -> meeting.skip(at(120))).hasMessageContaining("cannot be skipped");
    }

    @Test
    void nothing_moves_before_the_start_and_nothing_starts_twice() {
        assertThatThrownBy(() -> meeting.next(at(0))).hasMessageContaining("Start the meeting first");
        meeting.start(at(0), List.of(2));
        assertThatThrownBy(() -> meeting.start(at(1), List.of(2))).hasMessageContaining("already started");
    }

    @Test
    void ending_stops_the_clock_and_closing_seals_it() {
        meeting.start(at(0), List.of(5));
        meeting.end(at(90));

        assertThat(meeting.status()).isEqualTo(MeetingStatus.ENDED);
        assertThat(meeting.items().getFirst().usedSeconds()).isEqualTo(90);
        assertThatThrownBy(() -> meeting.next(at(100))).hasMessageContaining("ended");
        meeting.close(at(120));
        assertThat(meeting.status()).isEqualTo(MeetingStatus.CLOSED);
        meeting.close(at(130));
        assertThat(meeting.status()).as("closing twice is harmless: the decision seals it").isEqualTo(MeetingStatus.CLOSED);
    }

    @Test
    void a_screen_that_saw_an_older_version_cannot_act() {
        meeting.start(at(0), List.of(5));

        assertThatThrownBy(() -> meeting.expectVersion(meeting.version() + 1)).isInstanceOf(ConcurrentChangeException.class);
    }
}
