package dev.verdict.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verdict.AppTest;
import dev.verdict.AsUser;
import dev.verdict.MovableClock;
import dev.verdict.TestDocs;
import dev.verdict.audit.AuditQuery;
import dev.verdict.audit.AuditRecord;
import dev.verdict.audit.AuditService;
import dev.verdict.identity.Person;
import dev.verdict.preread.NotificationService;
import dev.verdict.review.InvalidReviewException;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * Moderation that never stalls: an attendee takes over when no moderator has had the room open for
 * five minutes, and a meeting left running half an hour past its timebox with no moderator is
 * paused. Time is moved by the test and set back to now after each; the watch runs only when the
 * test calls it. (The context stays cached: closing it closed the shared H2 file under other tests.)
 */
@Import(ModerationIT.MovingTime.class)
@TestPropertySource(properties = "verdict.meeting.watch-interval=1d")
class ModerationIT extends AppTest {

    @TestConfiguration
    static class MovingTime {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now());
        }
    }

    @Autowired
    MovableClock clock;
    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    UnattendedMeetings watch;
    @Autowired
    NotificationService notifications;
    @Autowired
    AuditService audit;

    UUID review;

    @org.junit.jupiter.api.AfterEach
    void backToNow() {
        clock.advance(Duration.between(clock.instant(), Instant.now()));
    }

    @BeforeEach
    void aRunningMeetingMiaModeratesAndAliceAttends() {
        review = AsUser.call("mia", () -> reviews.open(new NewReview("Moderation " + UUID.randomUUID(),
                TestDocs.READY, Set.of("alice", "bob"), Set.of("olga"), 30)));
        AsUser.run("mia", () -> meetings.start(review));
        AsUser.run("mia", () -> meetings.present(review, "mia-screen"));
        AsUser.run("alice", () -> meetings.present(review, "alice-screen"));
    }

    @Test
    void an_attendee_may_take_over_only_once_no_moderator_has_had_the_room_open_for_five_minutes() {
        assertThat(roomOf("alice").mayTakeOver()).isFalse();
        assertThatThrownBy(() -> AsUser.run("alice", () -> meetings.takeOverModeration(review)))
                .isInstanceOf(InvalidReviewException.class)
                .hasMessageContaining("A moderator has had the room open in the last 5 min");

        AsUser.run("mia", () -> meetings.away(review, "mia-screen"));
        clock.advance(Duration.ofMinutes(4));
        assertThat(roomOf("alice").mayTakeOver()).isFalse();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(roomOf("alice").mayTakeOver()).isTrue();
        assertThat(roomOf("olga").mayTakeOver()).as("an observer only reads along").isFalse();

        AsUser.run("alice", () -> meetings.takeOverModeration(review));

        AsUser.run("alice", () -> meetings.next(review));
        assertThat(roomOf("alice").moderating()).isTrue();
        assertThat(roomOf("alice").moderators()).extracting(Person::username).containsExactlyInAnyOrder("mia", "alice");
        assertThat(AsUser.call("alice", () -> audit.trail(AuditQuery.ofReview(review))))
                .filteredOn(e -> e.action().equals("moderation taken over"))
                .extracting(AuditRecord::actor, AuditRecord::subject, AuditRecord::before, AuditRecord::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alice",
                        "no moderator had the room open for 5 min", "mia", "alice"));
        assertThat(AsUser.call("mia", () -> notifications.latest()).getFirst().message())
                .startsWith("Alice Attendee took over moderation of “Moderation");
    }

    @Test
    void of_two_attendees_taking_over_at_the_same_moment_one_moderates_and_the_other_is_told() throws Exception {
        AsUser.run("mia", () -> meetings.away(review, "mia-screen"));
        clock.advance(Duration.ofMinutes(6));
        AsUser.run("alice", () -> meetings.present(review, "alice-screen"));
        AsUser.run("bob", () -> meetings.present(review, "bob-screen"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var go = new java.util.concurrent.CountDownLatch(1);
        var outcomes = new java.util.ArrayList<java.util.concurrent.Future<String>>();
        for (String attendee : java.util.List.of("alice", "bob")) {
            outcomes.add(pool.submit(() -> {
                go.await();
                try {
                    AsUser.run(attendee, () -> meetings.takeOverModeration(review));
                    return "took over";
                } catch (InvalidReviewException told) {
                    return "told: " + told.getMessage();
                }
            }));
        }
        go.countDown();
        var results = new java.util.ArrayList<String>();
        for (var outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn("took over"::equals).hasSize(1);
        assertThat(results).filteredOn(r -> r.startsWith("told: ")).hasSize(1);
        assertThat(roomOf("mia").moderators()).hasSize(2);
    }

    @Test
    void an_observer_never_takes_over_and_a_returning_moderator_ends_the_offer() {
        AsUser.run("mia", () -> meetings.away(review, "mia-screen"));
        clock.advance(Duration.ofMinutes(6));
        assertThatThrownBy(() -> AsUser.run("olga", () -> meetings.takeOverModeration(review)))
                .isInstanceOf(AccessDeniedException.class);

        AsUser.run("mia", () -> meetings.present(review, "mia-screen-2"));

        assertThat(roomOf("alice").mayTakeOver()).isFalse();
        assertThatThrownBy(() -> AsUser.run("alice", () -> meetings.takeOverModeration(review)))
                .isInstanceOf(InvalidReviewException.class);
    }

    @Test
    void a_meeting_left_running_half_an_hour_past_its_timebox_without_a_moderator_is_paused_and_the_moderators_told() {
        AsUser.run("alice", () -> meetings.captureRisk(review, "Captured before everyone left"));
        AsUser.run("mia", () -> meetings.away(review, "mia-screen"));
        clock.advance(Duration.ofMinutes(30 + 29));
        watch.look();
        assertThat(roomOf("alice").status()).isEqualTo(MeetingStatus.RUNNING);

        clock.advance(Duration.ofMinutes(2));
        watch.look();

        RoomState room = roomOf("alice");
        assertThat(room.status()).isEqualTo(MeetingStatus.PAUSED);
        assertThat(room.risks()).extracting(RoomState.Captured::text).containsExactly("Captured before everyone left");
        assertThat(AsUser.call("mia", () -> notifications.latest()).getFirst().message())
                .contains("was paused: it ran over 30 min past its timebox with no moderator in the room");
        assertThat(AsUser.call("mia", () -> audit.trail(AuditQuery.ofReview(review))))
                .filteredOn(e -> e.action().equals("clock: paused, no moderator in the room"))
                .extracting(AuditRecord::actor).containsExactly("system");

        AsUser.run("mia", () -> meetings.resume(review, roomOf("mia").clockVersion()));
        assertThat(roomOf("mia").status()).isEqualTo(MeetingStatus.RUNNING);
    }

    @Test
    void a_moderator_in_the_room_keeps_a_long_meeting_running() {
        clock.advance(Duration.ofMinutes(30 + 45));
        AsUser.run("mia", () -> meetings.present(review, "mia-screen"));

        watch.look();

        assertThat(roomOf("alice").status()).isEqualTo(MeetingStatus.RUNNING);
    }

    private RoomState roomOf(String username) {
        return AsUser.call(username, () -> meetings.liveRoom(review));
    }
}
