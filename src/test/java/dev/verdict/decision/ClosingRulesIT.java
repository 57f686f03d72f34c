package dev.verdict.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.verdict.AppTest;
import dev.verdict.AsUser;
import dev.verdict.TestDocs;
import dev.verdict.meeting.CaptureDetails;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.Disposition;
import dev.verdict.meeting.InvalidCaptureException;
import dev.verdict.meeting.MeetingService;
import dev.verdict.meeting.MeetingStatus;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** What closing a meeting requires, as the services enforce it whatever the form shows. */
class ClosingRulesIT extends AppTest {

    private static final CloseMeeting COMPLETE = CloseMeeting.of(Outcome.APPROVED, "Go with the queue", "Lag matters",
            "alice", new AlternativeConsidered("Batch every minute", "Load spikes"));

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;

    UUID review;
    UUID risk;
    UUID parked;

    @BeforeEach
    void aMeetingWithARiskAndAParkedItem() {
        review = AsUser.call("mia", () -> reviews.open(new NewReview("Closing rules", TestDocs.READY,
                Set.of("alice", "bob"), Set.of("olga"), 30)));
        AsUser.run("mia", () -> meetings.start(review));
        risk = AsUser.call("alice", () -> meetings.captureRisk(review, "Queue backlog at peak"));
        parked = AsUser.call("bob", () -> meetings.park(review, "Relevance tuning"));
    }

    @Test
    void closing_names_every_unsettled_capture_and_every_missing_field_at_once() {
        var refused = catchThrowableOfType(IncompleteDecisionException.class, () -> AsUser.run("mia", () ->
                decisions.close(review, new CloseMeeting(Outcome.APPROVED_WITH_CONDITIONS, "Go", " ", "alice",
                        List.of(), List.of(), null, LocalDate.now().minusDays(1), null))));

        assertThat(refused.missing()).containsExactlyInAnyOrder(
                "Give the rationale",
                "Name at least one alternative that was considered, and why it was not chosen",
                "List the conditions of the approval",
                "The revisit date must be in the future",
                "Give the parked item “Relevance tuning” a disposition",
                "Give the risk “Queue backlog at peak” an owner, or accept it");
        assertThat(AsUser.call("mia", () -> meetings.room(review)).status()).isEqualTo(MeetingStatus.RUNNING);
        assertThat(AsUser.call("mia", () -> decisions.decision(review))).isEmpty();
    }

    @Test
    void once_the_parked_item_is_placed_and_the_risk_accepted_the_meeting_closes() {
        AsUser.run("mia", () -> decisions.dispose(review, parked, Disposition.NEXT_REVIEW, null));
        AsUser.run("mia", () -> decisions.settleRisk(review, risk, null, true));

        AsUser.run("mia", () -> decisions.close(review, COMPLETE));

        assertThat(AsUser.call("bob", () -> meetings.room(review)).status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(AsUser.call("bob", () -> decisions.decision(review)).orElseThrow().alternatives())
                .containsExactly(new AlternativeConsidered("Batch every minute", "Load spikes"));
    }

    @Test
    void dropping_a_parked_item_needs_a_reason() {
        assertThatThrownBy(() -> AsUser.run("mia", () -> decisions.dispose(review, parked, Disposition.DROPPED, " ")))
                .isInstanceOf(InvalidCaptureException.class).hasMessageContaining("Say why “Relevance tuning” is dropped");

        AsUser.run("mia", () -> decisions.dispose(review, parked, Disposition.DROPPED, "Out of scope for this quarter"));
        assertThat(AsUser.call("alice", () -> meetings.room(review)).parked().getFirst().dispositionNote())
                .isEqualTo("Out of scope for this quarter");
    }

    @Test
    void an_action_item_without_owner_or_date_cannot_even_be_captured() {
        assertThatThrownBy(() -> AsUser.run("alice", () -> meetings.capture(review, CaptureKind.ACTION,
                CaptureDetails.text("Write the runbook"))))
                .isInstanceOf(InvalidCaptureException.class).hasMessageContaining("An action item needs an owner");
    }

    @Test
    void only_the_moderator_settles_captures_or_closes() {
        for (String someone : List.of("alice", "olga")) {
            assertThatThrownBy(() -> AsUser.run(someone, () -> decisions.dispose(review, parked, Disposition.NEXT_REVIEW, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(someone, () -> decisions.settleRisk(review, risk, null, true)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(someone, () -> decisions.close(review, COMPLETE)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> AsUser.run("admin", () -> decisions.settleRisk(review, risk, "admin", false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void when_the_review_names_a_decision_maker_only_they_decide() {
        UUID named = AsUser.call("mia", () -> reviews.open(new NewReview("Named", TestDocs.READY, null, null, "bob",
                Set.of("alice"), Set.of(), 30, null)));
        AsUser.run("mia", () -> meetings.start(named));

        var refused = catchThrowableOfType(IncompleteDecisionException.class,
                () -> AsUser.run("mia", () -> decisions.close(named, COMPLETE)));

        assertThat(refused.missing()).containsExactly("This review names Bob Attendee as its decision maker; the decision is theirs to make");
        AsUser.run("mia", () -> decisions.close(named, CloseMeeting.of(Outcome.APPROVED, "Go", "Lag", "bob",
                new AlternativeConsidered("Batch", "Spikes"))));
        assertThat(AsUser.call("bob", () -> decisions.decision(named)).orElseThrow().decisionMaker().username()).isEqualTo("bob");
    }

    @Test
    void a_risk_owner_must_be_in_the_review() {
        assertThatThrownBy(() -> AsUser.run("mia", () -> decisions.settleRisk(review, risk, "admin", false)))
                .isInstanceOf(InvalidCaptureException.class).hasMessageContaining("The owner must be someone in this review");
    }
}
