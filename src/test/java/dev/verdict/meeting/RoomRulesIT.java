package dev.verdict.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verdict.AppTest;
import dev.verdict.AsUser;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The room's rules as the services enforce them, whatever a screen shows or hides. */
class RoomRulesIT extends AppTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    RoomDisplayService displays;

    UUID review;

    @BeforeEach
    void aRunningReview() {
        review = AsUser.call("mia", () -> reviews.open(new NewReview("Room rules",
                dev.verdict.TestDocs.READY,
                Set.of("alice", "bob"), Set.of("olga"), 30)));
        AsUser.run("mia", () -> meetings.start(review));
    }

    @Test
    void two_moderator_screens_clicking_next_at_once_move_the_meeting_one_item_and_one_is_told() throws Exception {
        long seen = version();
        var pool = Executors.newFixedThreadPool(2);
        var go = new CountDownLatch(1);
        List<Future<String>> clicks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clicks.add(pool.submit(() -> {
                go.await();
                try {
                    AsUser.run("mia", () -> meetings.next(review, seen));
                    return "moved";
                } catch (ConcurrentChangeException e) {
                    return "told";
                }
            }));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> click : clicks) {
            outcomes.add(click.get());
        }
        pool.shutdown();

        Collections.sort(outcomes);
        assertThat(outcomes).containsExactly("moved", "told");
        assertThat(room("mia").currentItem()).isEqualTo(1);
    }

    @Test
    void a_stale_screen_cannot_act_on_what_it_no_longer_shows() {
        long seen = version();
        AsUser.run("mia", () -> meetings.next(review, seen));

        assertThatThrownBy(() -> AsUser.run("mia", () -> meetings.next(review, seen)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("Someone else changed the meeting");
        assertThat(room("mia").currentItem()).isEqualTo(1);
    }

    @Test
    void only_the_moderator_drives_the_clock() {
        long seen = version();
        for (String user : List.of("alice", "olga")) {
            assertThatThrownBy(() -> AsUser.run(user, () -> meetings.pause(review, seen))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(user, () -> meetings.next(review, seen))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(user, () -> meetings.extend(review, seen, 5))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(user, () -> meetings.end(review, seen))).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> AsUser.run("admin", () -> meetings.room(review))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void observers_see_everything_and_change_nothing() {
        UUID risk = AsUser.call("alice", () -> meetings.captureRisk(review, "Cache stampede"));

        assertThat(room("olga").risks()).extracting(RoomState.Captured::text).containsExactly("Cache stampede");
        for (CaptureKind kind : CaptureKind.values()) {
            assertThatThrownBy(() -> AsUser.run("olga", () -> meetings.capture(review, kind,
                    CaptureDetails.action("x", "olga", LocalDate.now().plusDays(1)))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> AsUser.run("olga", () -> meetings.remove(review, risk))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_author_or_the_moderator_edits_or_removes_a_capture() {
        UUID risk = AsUser.call("alice", () -> meetings.capture(review, CaptureKind.RISK,
                CaptureDetails.risk("Cache stampede", Level.HIGH, Level.MEDIUM, "bob", "Request coalescing")));

        long seen = room("alice").risks().getFirst().version();
        assertThatThrownBy(() -> AsUser.run("bob", () -> meetings.edit(review, risk, seen, CaptureDetails.text("mine now"))))
                .isInstanceOf(AccessDeniedException.class);
        AsUser.run("alice", () -> meetings.edit(review, risk, seen,
                CaptureDetails.risk("Cache stampede on deploy", Level.HIGH, Level.HIGH, "bob", "Warm the cache")));
        assertThatThrownBy(() -> AsUser.run("mia", () -> meetings.edit(review, risk, seen, CaptureDetails.text("stale"))))
                .as("an editor who saw the old version does not overwrite the new one")
                .hasMessageContaining("Someone else changed this item");
        var edited = room("bob").risks().getFirst();
        assertThat(edited.text()).isEqualTo("Cache stampede on deploy");
        assertThat(edited.impact()).isEqualTo(Level.HIGH);
        assertThat(edited.owner().username()).isEqualTo("bob");
        assertThat(room("bob").risks().getFirst().mine()).isFalse();

        assertThatThrownBy(() -> AsUser.run("bob", () -> meetings.remove(review, risk))).isInstanceOf(AccessDeniedException.class);
        AsUser.run("mia", () -> meetings.remove(review, risk));
        assertThat(room("alice").risks()).isEmpty();
    }

    @Test
    void an_action_item_needs_an_owner_and_a_due_date_and_the_owner_must_be_in_the_review() {
        assertThatThrownBy(() -> AsUser.run("bob", () -> meetings.capture(review, CaptureKind.ACTION,
                CaptureDetails.action("Write the runbook", null, null))))
                .isInstanceOfSatisfying(InvalidCaptureException.class, e -> assertThat(e.problems())
                        .containsExactly("An action item needs an owner", "An action item needs a due date"));
        assertThatThrownBy(() -> AsUser.run("bob", () -> meetings.capture(review, CaptureKind.ACTION,
                CaptureDetails.action("Write the runbook", "admin", LocalDate.now().plusDays(3)))))
                .hasMessageContaining("The owner must be someone in this review");

        AsUser.run("bob", () -> meetings.capture(review, CaptureKind.ACTION,
                CaptureDetails.action("Write the runbook", "alice", LocalDate.of(2030, 1, 31))));
        var action = room("mia").of(CaptureKind.ACTION).getFirst();
        assertThat(action.owner().displayName()).isEqualTo("Alice Attendee");
        assertThat(action.dueDate()).isEqualTo(LocalDate.of(2030, 1, 31));
    }

    @Test
    void extending_past_what_later_items_can_give_shows_the_meeting_as_over() {
        for (int i = 0; i < 6; i++) {
            long seen = version();
            AsUser.run("mia", () -> meetings.extend(review, seen, 5));
        }

        var room = room("alice");
        assertThat(room.current().allottedSeconds()).isEqualTo(room.current().plannedMinutes() * 60L + 30 * 60);
        assertThat(room.overtimeSeconds()).isPositive();
        assertThat(room.agenda().subList(1, room.agenda().size() - 1))
                .allSatisfy(item -> assertThat(item.allottedSeconds()).isEqualTo(120));
        assertThat(room.agenda().getLast().allottedSeconds()).as("the decision keeps its time")
                .isEqualTo(room.agenda().getLast().plannedMinutes() * 60L);
    }

    @Test
    void a_room_display_link_shows_the_room_until_the_moderator_revokes_it() {
        String token = AsUser.call("mia", () -> displays.open(review));
        AsUser.run("bob", () -> meetings.park(review, "Multi-region"));

        var shown = displays.show(token).orElseThrow();
        assertThat(shown.title()).isEqualTo("Room rules");
        assertThat(shown.currentItem()).isEqualTo("Problem");
        assertThat(shown.latest()).containsExactly("Parked item: Multi-region");
        assertThatThrownBy(() -> AsUser.run("alice", () -> displays.open(review))).isInstanceOf(AccessDeniedException.class);

        AsUser.run("mia", () -> displays.revoke(review));
        assertThat(displays.show(token)).isEmpty();
        assertThat(displays.show("guess")).isEmpty();
    }

    @Test
    void a_screen_sees_what_someone_else_captured_as_soon_as_it_committed() {
        var before = live("alice");
        AsUser.run("bob", () -> meetings.captureRisk(review, "The cache may serve stale rooms"));

        var after = live("alice");
        assertThat(after.risks()).extracting(RoomState.Captured::text).containsExactly("The cache may serve stale rooms");
        assertThat(after.risks().getFirst().mine()).isFalse();
        assertThat(before.risks()).isEmpty();
        assertThat(live("bob").risks().getFirst().mine()).isTrue();
        assertThat(live("mia").risks().getFirst().mine()).isTrue();
        assertThat(live("olga").risks().getFirst().mine()).isFalse();
    }

    @Test
    void every_screen_reads_the_room_in_its_own_role_and_a_stranger_is_refused_even_when_the_room_was_read() {
        assertThat(live("mia").myRole()).isEqualTo(dev.verdict.review.ReviewRole.MODERATOR);
        assertThat(live("olga").myRole()).isEqualTo(dev.verdict.review.ReviewRole.OBSERVER);
        assertThat(live("alice").moderating()).isFalse();

        assertThatThrownBy(() -> live("admin")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void someone_outside_the_review_captures_nothing_there_nor_in_a_review_that_does_not_exist() {
        assertThatThrownBy(() -> AsUser.run("admin", () -> meetings.captureRisk(review, "Not my review")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not yours");
        assertThatThrownBy(() -> AsUser.run("alice", () -> meetings.captureRisk(UUID.randomUUID(), "No such review")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not yours");

        assertThat(room("mia").risks()).isEmpty();
    }

    @Test
    void the_live_room_follows_the_clock_the_moment_the_moderator_moves_on() {
        assertThat(live("alice").currentItem()).isZero();
        long seen = version();
        AsUser.run("mia", () -> meetings.next(review, seen));

        assertThat(live("alice").currentItem()).isEqualTo(1);
        assertThat(live("alice").clockVersion()).isEqualTo(room("alice").clockVersion());
    }

    private RoomState live(String user) {
        return AsUser.call(user, () -> meetings.liveRoom(review));
    }

    private long version() {
        return room("mia").clockVersion();
    }

    private RoomState room(String user) {
        return AsUser.call(user, () -> meetings.room(review));
    }
}
