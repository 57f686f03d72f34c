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
import dev.verdict.decision.IncompleteDecisionException;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.CommentKind;
import dev.verdict.preread.InvalidCommentException;
import dev.verdict.preread.NewComment;
import dev.verdict.preread.PreReadService;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Cancelling a review before its meeting, as the services enforce it (ADR 28). */
class ReviewCancellationIT extends AppTest {

    static final String REASON = "The vendor withdrew the offer: nothing left to decide";

    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preReads;
    @Autowired
    MeetingService meetings;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DecisionService decisions;

    UUID review;
    String title;

    @BeforeEach
    void aScheduledReviewMiaModeratesWithItsPreReadOpen() {
        title = "Cancel " + UUID.randomUUID();
        var start = new ScheduledStart(LocalDateTime.now().plusDays(7).withHour(10).withMinute(0).withSecond(0).withNano(0),
                ZoneId.of("Europe/Berlin"));
        review = AsUser.call("mia", () -> reviews.open(new NewReview(title, TestDocs.READY, null, "alice", null,
                Set.of("bob"), Set.of("olga"), 30, start)));
        AsUser.run("mia", () -> preReads.open(review));
    }

    @Test
    void only_a_moderator_cancels_and_it_needs_a_reason() {
        for (String notModerating : List.of("alice", "bob", "olga")) {
            assertThatThrownBy(() -> AsUser.run(notModerating, () -> reviews.cancel(review, REASON)))
                    .as(notModerating).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> AsUser.run("admin", () -> reviews.cancel(review, REASON)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("mia", () -> reviews.cancel(review, "  ")))
                .isInstanceOf(InvalidReviewException.class).hasMessageStartingWith("Write why the review is cancelled");

        assertThat(AsUser.call("bob", () -> reviews.details(review)).cancelled()).isFalse();
    }

    @Test
    void a_started_meeting_is_not_cancelled() {
        AsUser.run("mia", () -> meetings.start(review));

        assertThatThrownBy(() -> AsUser.run("mia", () -> reviews.cancel(review, REASON)))
                .isInstanceOf(InvalidReviewException.class).hasMessageStartingWith("The meeting has started");
        assertThat(AsUser.call("mia", () -> reviews.details(review)).cancelled()).isFalse();
    }

    @Test
    void a_cancelled_review_refuses_the_start_comments_agenda_edits_and_a_new_date() {
        AsUser.run("mia", () -> reviews.cancel(review, REASON));

        assertThatThrownBy(() -> AsUser.run("mia", () -> meetings.start(review)))
                .isInstanceOf(InvalidReviewException.class).hasMessage("The review was cancelled: " + REASON);
        String section = AsUser.call("bob", () -> reviews.sectionTitles(review)).getFirst();
        assertThatThrownBy(() -> AsUser.run("bob", () -> preReads.comment(review,
                new NewComment(section, null, CommentKind.QUESTION, "Still worth asking?"))))
                .isInstanceOf(InvalidCommentException.class).hasMessage("The review was cancelled: " + REASON);
        assertThatThrownBy(() -> AsUser.run("mia", () -> reviews.replanAgenda(review,
                List.of(new AgendaItemDraft("Everything", 30, "")))))
                .isInstanceOf(InvalidReviewException.class).hasMessageStartingWith("The review was cancelled");
        assertThatThrownBy(() -> AsUser.run("mia", () -> reviews.reschedule(review, new ScheduledStart(
                LocalDateTime.now().plusDays(9).withNano(0), ZoneId.of("Europe/Berlin")))))
                .isInstanceOf(InvalidReviewException.class).hasMessageStartingWith("The review was cancelled");
        assertThatThrownBy(() -> AsUser.run("mia", () -> reviews.addMember(review, "admin", ReviewRole.ATTENDEE)))
                .isInstanceOf(InvalidReviewException.class).hasMessageStartingWith("The review was cancelled");
        assertThatThrownBy(() -> AsUser.run("bob", () -> meetings.captureRisk(review, "Said after the cancellation")))
                .isInstanceOf(InvalidReviewException.class).hasMessageStartingWith("The review was cancelled");
        assertThatThrownBy(() -> AsUser.run("mia", () -> decisions.close(review, CloseMeeting.of(Outcome.APPROVED,
                "Ship it", "It is ready", "alice", new AlternativeConsidered("Wait", "Nothing to wait for")))))
                .isInstanceOf(IncompleteDecisionException.class).hasMessageContaining("The review was cancelled: " + REASON);
        assertThatThrownBy(() -> AsUser.run("mia", () -> reviews.cancel(review, "Twice")))
                .isInstanceOf(InvalidReviewException.class).hasMessage("The review was cancelled: " + REASON);
    }

    @Test
    void a_cancelled_review_says_why_everywhere_and_is_not_in_progress() {
        int before = AsUser.call("bob", () -> reviews.scheduleSequence(review));

        AsUser.run("mia", () -> reviews.cancel(review, REASON));

        var details = AsUser.call("bob", () -> reviews.details(review));
        assertThat(details.cancellation().label()).isEqualTo("Cancelled: " + REASON);
        assertThat(details.cancellation().by().username()).isEqualTo("mia");
        assertThat(AsUser.call("bob", () -> reviews.scheduleSequence(review))).isEqualTo(before + 1);
        ReviewSummary mine = AsUser.call("bob", () -> reviews.mine()).stream().filter(r -> r.id().equals(review))
                .findFirst().orElseThrow();
        assertThat(mine.status()).isEqualTo(ReviewStatus.CANCELLED);
        assertThat(mine.statusLabel()).isEqualTo("Cancelled: " + REASON);
        ReviewOverview listed = AsUser.call("olga", () -> reviews.history()).stream().filter(r -> r.id().equals(review))
                .findFirst().orElseThrow();
        assertThat(listed.status()).isEqualTo(ReviewStatus.CANCELLED);
        assertThat(listed.statusLabel()).isEqualTo("Cancelled: " + REASON);
        assertThat(AsUser.call("bob", () -> preReads.status(review)).cancellation()).isEqualTo("Cancelled: " + REASON);
        assertThat(AsUser.call("bob", () -> preReads.status(review)).mayComment()).isFalse();
        assertThat(AsUser.call("bob", () -> meetings.room(review)).cancellation()).isEqualTo("Cancelled: " + REASON);
        assertThat(AsUser.call("bob", () -> meetings.room(review)).canCapture()).isFalse();
        assertThat(AsUser.call("mia", () -> reviews.teamChangeable(review))).isFalse();
    }

    @Test
    void the_members_find_why_behind_their_bell_and_the_trail_records_who_cancelled() {
        AsUser.run("mia", () -> reviews.cancel(review, REASON));

        // Read from the table: the bell shows the latest 20, and other tests tell these people a lot.
        for (String member : List.of("alice", "bob", "olga")) {
            assertThat(jdbc.queryForList("select message from notification where username = ? and review_id = ?",
                    String.class, member, review))
                    .as(member).contains("Mia Moderator cancelled “" + title + "”: " + REASON);
        }
        assertThat(jdbc.queryForList("select message from notification where username = 'mia' and review_id = ?",
                String.class, review)).noneMatch(m -> m.contains("cancelled"));
        List<AuditRecord> trail = AsUser.call("mia", () -> audit.trail(AuditQuery.ofReview(review)));
        assertThat(trail).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("review cancelled");
            assertThat(r.actor()).isEqualTo("mia");
            assertThat(r.subject()).isEqualTo(REASON);
        });
    }
}
