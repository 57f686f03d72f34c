package dev.verdict.revisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verdict.AppTest;
import dev.verdict.AsUser;
import dev.verdict.TestDocs;
import dev.verdict.agenda.AgendaPlanner;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.followup.FollowUpService;
import dev.verdict.meeting.ActionItem;
import dev.verdict.meeting.CaptureDetails;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.Disposition;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.InvalidReviewException;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewService;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The next review of a doc shows the previous review's decision and open action items, and takes up its parked items. */
class CarryForwardIT extends AppTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    FollowUpService followUps;
    @Autowired
    RevisitService revisits;

    @Test
    void a_follow_up_review_shows_the_previous_decision_and_its_open_action_items_even_to_a_newcomer() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID earlier = DecidedReviews.decidedReview(tag, reviews, meetings, decisions, followUps);
        UUID next = AsUser.call("mia", () -> reviews.open(new NewReview("Price cache, part two " + tag, TestDocs.READY, null,
                null, null, Set.of("alice", "bob"), Set.of(), 45, null, earlier)));

        PreviousReview seenByBob = AsUser.call("bob", () -> revisits.previousReview(next)).orElseThrow();

        assertThat(seenByBob.reviewId()).isEqualTo(earlier);
        assertThat(seenByBob.title()).isEqualTo("Price cache " + tag);
        assertThat(seenByBob.decision().outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(seenByBob.decision().statement()).isEqualTo("Cache prices for five minutes " + tag);
        assertThat(seenByBob.openItems()).extracting(ActionItem::text).containsExactly("Measure the hit rate " + tag);
        assertThat(seenByBob.openItems().getFirst().owner().username()).isEqualTo("alice");
        assertThat(seenByBob.callerIsMember()).as("bob was not in the earlier review: no link into it").isFalse();
        assertThat(AsUser.call("alice", () -> revisits.previousReview(next)).orElseThrow().callerIsMember()).isTrue();
        assertThatThrownBy(() -> AsUser.call("bob", () -> decisions.decision(earlier)))
                .as("carrying forward does not let bob into the earlier review").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("olga", () -> revisits.previousReview(next)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void items_parked_for_the_next_review_become_agenda_items_before_the_decision_and_the_timebox_still_holds() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID earlier = DecidedReviews.decidedReview(tag, reviews, meetings, decisions, followUps);

        UUID next = AsUser.call("mia", () -> reviews.open(new NewReview("Price cache, again " + tag, TestDocs.READY, null,
                null, null, Set.of("alice"), Set.of(), 45, null, earlier)));

        var agenda = AsUser.call("mia", () -> reviews.details(next)).agenda();
        assertThat(agenda).extracting(ReviewDetails.AgendaEntry::title)
                .contains(AgendaPlanner.CARRIED_PREFIX + "Cache the search results too " + tag)
                .noneMatch(t -> t.contains("Rename the service"));
        assertThat(agenda.getLast().title()).isEqualTo(AgendaPlanner.DECISION_ITEM);
        assertThat(agenda.get(agenda.size() - 2).title()).isEqualTo(AgendaPlanner.CARRIED_PREFIX + "Cache the search results too " + tag);
        assertThat(agenda.stream().mapToInt(ReviewDetails.AgendaEntry::plannedMinutes).sum()).isEqualTo(45);
    }

    @Test
    void a_review_without_an_earlier_one_shows_no_previous_review_and_an_undecided_one_cannot_be_followed() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID alone = AsUser.call("mia", () -> reviews.open(new NewReview("Alone " + tag, TestDocs.READY,
                Set.of("alice"), Set.of(), 30)));
        assertThat(AsUser.call("alice", () -> revisits.previousReview(alone))).isEmpty();

        assertThatThrownBy(() -> AsUser.call("mia", () -> reviews.open(new NewReview("After " + tag, TestDocs.READY, null,
                null, null, Set.of(), Set.of(), 30, null, alone))))
                .isInstanceOf(InvalidReviewException.class).hasMessageContaining("no decision yet");
        UUID earlier = DecidedReviews.decidedReview(tag, reviews, meetings, decisions, followUps);
        assertThatThrownBy(() -> AsUser.call("bob", () -> reviews.open(new NewReview("Not yours " + tag, TestDocs.READY, null,
                null, null, Set.of(), Set.of(), 30, null, earlier))))
                .isInstanceOf(InvalidReviewException.class).hasMessageContaining("not one of yours");
    }
}
