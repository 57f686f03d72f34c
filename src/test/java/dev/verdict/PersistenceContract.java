package dev.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.Consequence;
import dev.verdict.meeting.Disposition;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.MeetingService;
import dev.verdict.meeting.MeetingStatus;
import dev.verdict.publishing.PublicationService;
import dev.verdict.publishing.PublicationState;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import java.time.Duration;
import java.util.Set;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What must survive the database, run against each database Verdict supports. */
public abstract class PersistenceContract extends AppTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    PublicationService publications;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_review_keeps_its_doc_members_and_agenda() {
        String doc = Fixtures.designDoc(Fixtures.KEP_1040);
        UUID id = AsUser.call("mia", () -> reviews.open(new NewReview("Priority and fairness", doc,
                Set.of("alice", "bob"), Set.of("olga"), 60)));

        var details = AsUser.call("alice", () -> reviews.details(id));

        assertThat(details.designDoc()).isEqualTo(doc);
        assertThat(details.members()).extracting(m -> m.person().username() + ":" + m.role())
                .containsExactlyInAnyOrder("mia:MODERATOR", "alice:ATTENDEE", "bob:ATTENDEE", "olga:OBSERVER");
        assertThat(details.agenda()).isNotEmpty();
        assertThat(details.agenda().stream().mapToInt(a -> a.plannedMinutes()).sum()).isEqualTo(60);
        assertThat(AsUser.call("olga", () -> reviews.roleOfCaller(id))).isEqualTo(ReviewRole.OBSERVER);
    }

    @Test
    void reading_a_review_fetches_its_doc_once_however_many_people_and_agenda_items_it_has() {
        String doc = Fixtures.designDoc(Fixtures.KEP_1040);
        UUID id = AsUser.call("mia", () -> reviews.open(new NewReview("Priority and fairness", doc,
                Set.of("alice", "bob", "admin"), Set.of("olga"), 60)));

        var sent = RecordedStatements.of(() -> AsUser.call("alice", () -> reviews.details(id)));

        // Joined to its members and agenda, the review's row (doc and all) came back once per
        // member and agenda item: fifty copies of this 153 KB doc per read.
        assertThat(sent).filteredOn(sql -> sql.contains("design_doc")).singleElement()
                .satisfies(sql -> assertThat(sql).doesNotContain("review_member").doesNotContain("agenda_item"));
        assertThat(AsUser.call("alice", () -> reviews.details(id)).designDoc()).isEqualTo(doc);
    }

    @Test
    void a_members_list_of_reviews_shows_each_in_their_role_newest_first_without_fetching_any_doc() {
        String doc = Fixtures.designDoc(Fixtures.KEP_1040);
        var start = new dev.verdict.review.ScheduledStart(java.time.LocalDateTime.of(2031, 3, 4, 14, 0),
                java.time.ZoneId.of("Europe/Berlin"));
        UUID older = AsUser.call("mia", () -> reviews.open(new NewReview("Older review", doc, null, null, null,
                Set.of("bob"), Set.of("alice"), 60, start)));
        UUID newer = AsUser.call("mia", () -> reviews.open(new NewReview("Newer review", doc,
                Set.of("alice"), Set.of(), 45)));

        var sent = new java.util.ArrayList<String>();
        var listed = AsUser.call("alice", () -> {
            var mine = new java.util.ArrayList<dev.verdict.review.ReviewSummary>();
            sent.addAll(RecordedStatements.of(() -> mine.addAll(reviews.mine())));
            return mine;
        });

        assertThat(listed).filteredOn(r -> r.id().equals(older) || r.id().equals(newer))
                .extracting(r -> r.title() + ":" + r.myRole() + ":" + r.timeboxMinutes() + ":" + r.scheduledStart())
                .containsExactly("Newer review:ATTENDEE:45:null", "Older review:OBSERVER:60:" + start);
        assertThat(listed).filteredOn(r -> r.id().equals(older)).singleElement()
                .satisfies(r -> assertThat(r.agendaItems()).isEqualTo(AsUser.call("alice", () -> reviews.details(older)).agenda().size()));
        assertThat(sent).isNotEmpty().noneMatch(sql -> sql.contains("design_doc") || sql.contains("section_markdown"));
    }

    @Test
    void two_moderator_tabs_clicking_next_at_the_same_moment_move_the_agenda_by_one_and_the_other_is_told() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            int rounds = 0;
            while (rounds < 30) {
                UUID id = openSmallReview();
                AsUser.run("mia", () -> meetings.start(id));
                var room = AsUser.call("mia", () -> meetings.room(id));
                while (room.currentItem() < room.agenda().size() - 1 && rounds < 30) {
                    long seen = room.clockVersion();
                    var bothReady = new java.util.concurrent.CyclicBarrier(2);
                    java.util.concurrent.Callable<Boolean> click = () -> AsUser.call("mia", () -> {
                        try {
                            bothReady.await();
                            meetings.next(id, seen);
                            return true;
                        } catch (dev.verdict.meeting.MeetingStateException e) {
                            return false; // told: someone else moved the clock
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    var first = pool.submit(click);
                    var second = pool.submit(click);
                    int moved = (first.get() ? 1 : 0) + (second.get() ? 1 : 0);

                    var after = AsUser.call("mia", () -> meetings.room(id));
                    assertThat(moved).as("round %d: exactly one click moves the clock", rounds).isEqualTo(1);
                    assertThat(after.currentItem()).as("round %d: the agenda moved by one", rounds).isEqualTo(room.currentItem() + 1);
                    room = after;
                    rounds++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_clock_is_read_back_the_same_by_every_reader() {
        UUID id = openSmallReview();
        AsUser.run("mia", () -> meetings.start(id));
        AsUser.run("mia", () -> meetings.next(id));

        var moderatorView = AsUser.call("mia", () -> meetings.room(id));
        var attendeeView = AsUser.call("alice", () -> meetings.room(id));

        assertThat(moderatorView.status()).isEqualTo(MeetingStatus.RUNNING);
        assertThat(moderatorView.currentItem()).isEqualTo(1);
        assertThat(attendeeView.clockVersion()).isEqualTo(moderatorView.clockVersion());
        assertThat(attendeeView.secondsLeftAt(moderatorView.readAt()))
                .isCloseTo(moderatorView.secondsLeftAtRead(), org.assertj.core.data.Offset.offset(1L));
    }

    @Test
    void a_closed_review_keeps_captures_and_decision_and_reaches_git() {
        UUID id = openSmallReview();
        AsUser.run("mia", () -> meetings.start(id));
        UUID risk = AsUser.call("alice", () -> meetings.captureRisk(id, "Storage cost doubles"));
        UUID parked = AsUser.call("bob", () -> meetings.park(id, "Multi-region later"));
        AsUser.run("mia", () -> meetings.settleRisk(id, risk, "alice", false));
        AsUser.run("mia", () -> meetings.dispose(id, parked, Disposition.NEXT_REVIEW, "After the storage revision"));

        AsUser.run("mia", () -> decisions.close(id, new CloseMeeting(Outcome.NEEDS_REVISION,
                "Revise the storage section", "Cost is unclear", "alice",
                List.of(new AlternativeConsidered("Object storage", "Egress costs")),
                List.of(new Consequence(Consequence.Kind.NEGATIVE, "The launch slips a sprint")), null,
                java.time.LocalDate.now().plusMonths(3), null)));

        var room = AsUser.call("bob", () -> meetings.room(id));
        assertThat(room.status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(room.risks()).extracting(r -> r.text()).containsExactly("Storage cost doubles");
        assertThat(room.parked()).extracting(r -> r.by().displayName()).containsExactly("Bob Attendee");
        var decision = AsUser.call("olga", () -> decisions.decision(id)).orElseThrow();
        assertThat(decision.outcome()).isEqualTo(Outcome.NEEDS_REVISION);
        assertThat(decision.decisionMaker().displayName()).isEqualTo("Alice Attendee");
        assertThat(decision.alternatives()).containsExactly(new AlternativeConsidered("Object storage", "Egress costs"));
        assertThat(decision.consequences(Consequence.Kind.NEGATIVE)).containsExactly("The launch slips a sprint");
        assertThat(decision.revisitOn()).isAfter(java.time.LocalDate.now());
        assertThat(room.parked().getFirst().disposition()).isEqualTo(Disposition.NEXT_REVIEW);
        assertThat(room.risks().getFirst().owner().username()).isEqualTo("alice");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(AsUser.call("mia", () -> publications.status(id)).state()).isEqualTo(PublicationState.PUBLISHED));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ?", Integer.class, "%" + id + "%"))
                .as("publications still owed for this review").isZero());
    }

    private UUID openSmallReview() {
        return AsUser.call("mia", () -> reviews.open(new NewReview("Small review",
                "# Small\n\n" + TestDocs.READY,
                Set.of("alice", "bob"), Set.of("olga"), 15)));
    }
}
