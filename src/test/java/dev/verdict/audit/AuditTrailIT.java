package dev.verdict.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.CaptureDetails;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.Disposition;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.CommentKind;
import dev.verdict.preread.NewComment;
import dev.verdict.preread.PreReadService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Every change of a review, in order, with who made it and what it was before and after; read only by those allowed. */
class AuditTrailIT extends KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preReads;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    AuditService audit;
    @Autowired
    dev.verdict.publishing.PublicationService publications;

    UUID review;

    @BeforeEach
    void aReviewRunFromPreReadToDecision() {
        review = AsUser.call("mia", () -> reviews.open(new NewReview("Audited review", TestDocs.READY,
                Set.of("alice", "bob"), Set.of("olga"), 30)));
        AsUser.run("mia", () -> preReads.open(review));
        AsUser.call("alice", () -> preReads.comment(review, new NewComment("Problem", null, CommentKind.CONCERN,
                "Is 4 s measured at p50, or at p95?")));
        AsUser.run("mia", () -> meetings.start(review));
        UUID risk = AsUser.call("alice", () -> meetings.capture(review, CaptureKind.RISK, CaptureDetails.text("Cold cache")));
        long version = AsUser.call("alice", () -> meetings.room(review)).captures().stream()
                .filter(c -> c.id().equals(risk)).findFirst().orElseThrow().version();
        AsUser.run("alice", () -> meetings.edit(review, risk, version, CaptureDetails.text("Cold cache after deploys, \"every\" time")));
        UUID parked = AsUser.call("bob", () -> meetings.park(review, "Multi-region"));
        AsUser.run("mia", () -> meetings.next(review, meetings.room(review).clockVersion()));
        AsUser.run("mia", () -> meetings.dispose(review, parked, Disposition.NEXT_REVIEW, "Next quarter"));
        AsUser.run("mia", () -> meetings.settleRisk(review, risk, null, true));
        AsUser.run("mia", () -> decisions.close(review, CloseMeeting.of(Outcome.APPROVED, "Cache pages for five minutes",
                "Pages are slow", "alice", new AlternativeConsidered("No cache", "Too slow"))));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> AsUser.call("mia",
                () -> publications.status(review)).state() == dev.verdict.publishing.PublicationState.PUBLISHED);
    }

    @Test
    void the_moderator_reads_every_change_in_order_with_who_made_it_and_before_and_after() {
        List<AuditRecord> trail = AsUser.call("mia", () -> audit.trail(AuditQuery.ofReview(review))).reversed();

        assertThat(trail).extracting(AuditRecord::actor, AuditRecord::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mia", "review opened"),
                org.assertj.core.groups.Tuple.tuple("mia", "agenda planned"),
                org.assertj.core.groups.Tuple.tuple("mia", "pre-read opened"),
                org.assertj.core.groups.Tuple.tuple("alice", "comment added"),
                org.assertj.core.groups.Tuple.tuple("mia", "clock: started"),
                org.assertj.core.groups.Tuple.tuple("alice", "risk captured"),
                org.assertj.core.groups.Tuple.tuple("alice", "risk edited"),
                org.assertj.core.groups.Tuple.tuple("bob", "parked item captured"),
                org.assertj.core.groups.Tuple.tuple("mia", "clock: next item"),
                org.assertj.core.groups.Tuple.tuple("mia", "parked item disposed"),
                org.assertj.core.groups.Tuple.tuple("mia", "risk settled"),
                org.assertj.core.groups.Tuple.tuple("mia", "meeting closed with a decision"),
                org.assertj.core.groups.Tuple.tuple("system", "published"));
        assertThat(trail.getFirst().after()).isEqualTo("alice: attendee; bob: attendee; mia: moderator; olga: observer");
        var edited = trail.get(6);
        assertThat(edited.before()).isEqualTo("Cold cache");
        assertThat(edited.after()).isEqualTo("Cold cache after deploys, \"every\" time");
        var next = trail.get(8);
        assertThat(next.before()).isEqualTo("In progress, item 1");
        assertThat(next.after()).isEqualTo("In progress, item 2");
        var closed = trail.get(11);
        assertThat(closed.subject()).isEqualTo("Approved");
        assertThat(closed.after()).isEqualTo("Cache pages for five minutes");
        assertThat(trail.getLast().after()).matches("[0-9a-f]{40}");
    }

    @Test
    void attendees_may_not_read_the_trail_and_only_admins_read_everything() {
        assertThatThrownBy(() -> AsUser.call("alice", () -> audit.trail(AuditQuery.ofReview(review))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("mia", () -> audit.trail(AuditQuery.ALL)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only admins read the whole audit trail; a moderator reads their review's");

        var bobs = AsUser.call("admin", () -> audit.trail(new AuditQuery("bob", review, null, null)));
        assertThat(bobs).extracting(AuditRecord::action).containsExactly("parked item captured");
    }

    @Test
    void the_csv_export_holds_every_entry_with_commas_and_quotes_intact() throws Exception {
        String csv = AsUser.call("admin", () -> audit.csv(AuditQuery.ofReview(review)));

        var rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertThat(csv).startsWith("at,actor,action,review,subject,before,after\r\n");
        assertThat(rows).hasSize(13);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("action")).isEqualTo("risk edited");
            assertThat(r.get("after")).isEqualTo("Cold cache after deploys, \"every\" time");
            assertThat(r.get("review")).isEqualTo(review.toString());
        });
    }

    @Test
    void the_moderator_opens_the_review_trail_page_and_an_attendee_is_told_why_not() {
        loginAs("mia");
        UI.getCurrent().navigate("audit", com.vaadin.flow.router.QueryParameters.of("review", review.toString()));
        assertThat(_get(Grid.class).getGenericDataView().getItems().count()).isEqualTo(13);

        loginAs("alice");
        UI.getCurrent().navigate("audit", com.vaadin.flow.router.QueryParameters.of("review", review.toString()));
        assertThat(_get(Paragraph.class, s -> s.withClasses("audit-problem")).getText()).isNotBlank();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Grid.class)).as("no visible trail").isEmpty();
    }
}
