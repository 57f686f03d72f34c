package dev.verdict.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verdict.AppTest;
import dev.verdict.AsUser;
import dev.verdict.TestDocs;
import dev.verdict.audit.AuditQuery;
import dev.verdict.audit.AuditRecord;
import dev.verdict.audit.AuditService;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.MeetingService;
import dev.verdict.meeting.RoomState;
import dev.verdict.preread.NotificationService;
import dev.verdict.preread.PreReadService;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A team that changes until the review closes, as the services enforce it. */
class TeamChangesIT extends AppTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    PreReadService preReads;
    @Autowired
    NotificationService notifications;
    @Autowired
    DecisionService decisions;
    @Autowired
    AuditService audit;

    UUID review;

    @BeforeEach
    void aReviewMiaModeratesWithAliceAndOlga() {
        review = AsUser.call("mia", () -> reviews.open(new NewReview("Team changes " + UUID.randomUUID(),
                TestDocs.READY, Set.of("alice"), Set.of("olga"), 30)));
    }

    @Test
    void a_moderator_adds_a_late_attendee_who_can_read_and_capture_at_once() {
        assertThatThrownBy(() -> AsUser.call("bob", () -> reviews.details(review))).isInstanceOf(AccessDeniedException.class);

        AsUser.run("mia", () -> reviews.addMember(review, "bob", ReviewRole.ATTENDEE));
        AsUser.run("mia", () -> meetings.start(review));
        AsUser.run("bob", () -> meetings.captureRisk(review, "The late attendee's risk"));

        assertThat(AsUser.call("bob", () -> reviews.roleOfCaller(review))).isEqualTo(ReviewRole.ATTENDEE);
        assertThat(AsUser.call("mia", () -> meetings.room(review)).risks()).extracting(RoomState.Captured::text)
                .containsExactly("The late attendee's risk");
    }

    @Test
    void someone_joining_while_the_pre_read_is_open_is_invited_behind_the_bell() {
        AsUser.run("mia", () -> preReads.open(review));
        long before = AsUser.call("bob", () -> notifications.unseen());

        AsUser.run("mia", () -> reviews.addMember(review, "bob", ReviewRole.ATTENDEE));

        assertThat(AsUser.call("bob", () -> notifications.unseen())).isEqualTo(before + 1);
        assertThat(AsUser.call("bob", () -> notifications.latest()).getFirst().message())
                .startsWith("Mia Moderator added you to “Team changes").contains("its pre-read is open");
    }

    @Test
    void a_removed_member_is_refused_by_every_service_at_once_and_what_they_captured_stays() {
        AsUser.run("mia", () -> meetings.start(review));
        AsUser.run("alice", () -> meetings.captureRisk(review, "Alice's risk"));

        AsUser.run("mia", () -> reviews.removeMember(review, "alice"));

        assertThatThrownBy(() -> AsUser.call("alice", () -> meetings.liveRoom(review))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("alice", () -> meetings.captureRisk(review, "After removal")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("alice", () -> reviews.details(review))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("alice", () -> preReads.page(review))).isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call("mia", () -> meetings.room(review)).risks()).extracting(RoomState.Captured::text)
                .containsExactly("Alice's risk");
        assertThat(AsUser.call("mia", () -> reviews.mine())).extracting(ReviewSummary::id).contains(review);
        assertThat(AsUser.call("alice", () -> reviews.mine())).extracting(ReviewSummary::id).doesNotContain(review);
    }

    @Test
    void a_second_moderator_drives_the_clock_and_changes_the_team() {
        AsUser.run("mia", () -> reviews.changeRoles(review, "alice", Set.of(ReviewRole.MODERATOR)));

        AsUser.run("alice", () -> meetings.start(review));
        AsUser.run("alice", () -> meetings.next(review));
        AsUser.run("alice", () -> reviews.addMember(review, "bob", ReviewRole.OBSERVER));

        assertThat(AsUser.call("mia", () -> meetings.room(review)).currentItem()).isEqualTo(1);
        assertThat(AsUser.call("mia", () -> meetings.room(review)).moderators())
                .extracting(dev.verdict.identity.Person::username).containsExactlyInAnyOrder("mia", "alice");
        assertThat(AsUser.call("bob", () -> reviews.roleOfCaller(review))).isEqualTo(ReviewRole.OBSERVER);
    }

    @Test
    void the_last_moderator_cannot_step_down_or_be_removed() {
        assertThatThrownBy(() -> AsUser.run("mia", () -> reviews.removeMember(review, "mia")))
                .isInstanceOf(InvalidReviewException.class)
                .hasMessage("Mia Moderator is the review's only moderator: make someone else moderator first");
        assertThatThrownBy(() -> AsUser.run("mia", () -> reviews.changeRoles(review, "mia", Set.of(ReviewRole.ATTENDEE))))
                .isInstanceOf(InvalidReviewException.class);

        AsUser.run("mia", () -> reviews.changeRoles(review, "alice", Set.of(ReviewRole.MODERATOR)));
        AsUser.run("mia", () -> reviews.removeMember(review, "mia"));

        assertThatThrownBy(() -> AsUser.call("mia", () -> reviews.details(review))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_observer_cannot_also_take_part_and_nobody_is_left_without_a_role() {
        assertThatThrownBy(() -> AsUser.run("mia", () -> reviews.changeRoles(review, "olga",
                EnumSet.of(ReviewRole.OBSERVER, ReviewRole.DECISION_MAKER))))
                .isInstanceOf(InvalidReviewException.class)
                .hasMessageContaining("Olga Observer cannot observe and be decision maker at once");
        assertThatThrownBy(() -> AsUser.run("mia", () -> reviews.changeRoles(review, "olga", Set.of())))
                .isInstanceOf(InvalidReviewException.class)
                .hasMessageContaining("at least one role");
        assertThatThrownBy(() -> AsUser.run("mia", () -> reviews.addMember(review, "alice", ReviewRole.OBSERVER)))
                .isInstanceOf(InvalidReviewException.class)
                .hasMessageContaining("already in the review");
        assertThatThrownBy(() -> AsUser.run("mia", () -> reviews.addMember(review, "nobody-by-that-name", ReviewRole.ATTENDEE)))
                .isInstanceOf(InvalidReviewException.class)
                .hasMessage("Unknown person: nobody-by-that-name");

        assertThat(AsUser.call("olga", () -> reviews.roleOfCaller(review))).isEqualTo(ReviewRole.OBSERVER);
    }

    @Test
    void only_moderators_change_the_team() {
        for (String notModerating : List.of("alice", "olga", "bob")) {
            assertThatThrownBy(() -> AsUser.run(notModerating, () -> reviews.addMember(review, "admin", ReviewRole.ATTENDEE)))
                    .as(notModerating).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(notModerating, () -> reviews.removeMember(review, "mia")))
                    .as(notModerating).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(notModerating, () -> reviews.changeRoles(review, notModerating,
                    Set.of(ReviewRole.MODERATOR)))).as(notModerating).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void once_the_decision_is_recorded_the_team_stays_as_it_was() {
        AsUser.run("mia", () -> meetings.start(review));
        AsUser.run("mia", () -> decisions.close(review, CloseMeeting.of(Outcome.APPROVED, "Ship it", "It is ready",
                "alice", new AlternativeConsidered("Wait", "Nothing to wait for"))));

        assertThat(AsUser.call("mia", () -> reviews.teamChangeable(review))).isFalse();
        assertThatThrownBy(() -> AsUser.run("mia", () -> reviews.addMember(review, "bob", ReviewRole.ATTENDEE)))
                .isInstanceOf(InvalidReviewException.class)
                .hasMessageStartingWith("The review is closed");
        assertThatThrownBy(() -> AsUser.run("mia", () -> reviews.removeMember(review, "alice")))
                .isInstanceOf(InvalidReviewException.class);
    }

    @Test
    void the_moderator_hands_moderation_to_an_attendee_in_one_step_and_keeps_taking_part() {
        AsUser.run("mia", () -> meetings.start(review));

        AsUser.run("mia", () -> meetings.handModerationTo(review, "alice"));

        AsUser.run("alice", () -> meetings.next(review));
        assertThatThrownBy(() -> AsUser.run("mia", () -> meetings.next(review))).isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call("mia", () -> reviews.roleOfCaller(review))).isEqualTo(ReviewRole.ATTENDEE);
        AsUser.run("mia", () -> meetings.captureRisk(review, "Mia still captures"));
        assertThatThrownBy(() -> AsUser.run("alice", () -> meetings.handModerationTo(review, "olga")))
                .isInstanceOf(InvalidReviewException.class)
                .hasMessageContaining("observes");
    }

    @Test
    void every_team_change_is_in_the_trail_with_before_and_after() {
        AsUser.run("mia", () -> reviews.addMember(review, "bob", ReviewRole.ATTENDEE));
        AsUser.run("mia", () -> reviews.changeRoles(review, "bob", Set.of(ReviewRole.DECISION_MAKER)));
        AsUser.run("mia", () -> reviews.removeMember(review, "olga"));
        AsUser.run("mia", () -> reviews.handModerationTo(review, "alice"));

        List<AuditRecord> trail = AsUser.call("alice", () -> audit.trail(AuditQuery.ofReview(review)));
        assertThat(trail).extracting(AuditRecord::action, AuditRecord::actor, AuditRecord::subject, AuditRecord::before,
                AuditRecord::after).contains(
                org.assertj.core.groups.Tuple.tuple("member added", "mia", "bob", null, "attendee"),
                org.assertj.core.groups.Tuple.tuple("roles changed", "mia", "bob", "attendee", "decision maker"),
                org.assertj.core.groups.Tuple.tuple("member removed", "mia", "olga", "observer", null),
                org.assertj.core.groups.Tuple.tuple("moderation handed over", "mia", "alice", "mia", "alice"));
    }
}
