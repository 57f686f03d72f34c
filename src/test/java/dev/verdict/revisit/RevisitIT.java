package dev.verdict.revisit;

import static dev.verdict.CommandLine.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.verdict.AppTest;
import dev.verdict.AsUser;
import dev.verdict.MovableClock;
import dev.verdict.TestDocs;
import dev.verdict.agenda.AgendaPlanner;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.Disposition;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.NotificationService;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.RepositoryService;
import dev.verdict.review.DocReference;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ReviewStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a decision's revisit date its decision maker and moderator are told once; "Start a revisit
 * review" opens a new review of the doc at the branch head that suggests superseding the ADR.
 */
class RevisitIT extends AppTest {

    @Autowired
    RepositoryService repositories;
    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    NotificationService notifications;
    @Autowired
    RevisitService revisits;
    @Autowired
    RevisitReminders reminders;
    @Autowired
    TransactionTemplate transactions;

    @TempDir
    Path temp;

    @Test
    void on_the_revisit_date_the_decision_maker_and_moderator_are_told_once_and_a_revisit_review_reads_the_branch_head()
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Path work = teamRepository();
        UUID repository = AsUser.call("admin", () -> repositories.connect(new NewRepository("revisit-" + tag,
                temp.resolve("team.git").toString(), "main", null, null, null, null)));
        LocalDate revisitOn = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        UUID earlier = AsUser.call("admin", () -> reviews.open(new NewReview("Page cache " + tag, null,
                new DocReference(repository, "docs/design/page-cache.md", reviews.browse(repository).headCommit()),
                "bob", "alice", Set.of(), Set.of("olga"), 30, null)));
        AsUser.run("admin", () -> meetings.start(earlier));
        UUID parked = AsUser.call("alice", () -> meetings.park(earlier, "Cache per region " + tag));
        AsUser.run("admin", () -> meetings.dispose(earlier, parked, Disposition.NEXT_REVIEW, null));
        AsUser.run("admin", () -> decisions.close(earlier, new CloseMeeting(Outcome.APPROVED, "Cache pages for five minutes",
                "Load time matters most", "alice", List.of(new AlternativeConsidered("No cache", "4 s page loads")),
                List.of(), null, revisitOn, null)));
        await().atMost(Duration.ofSeconds(60)).until(() -> AsUser.call("admin", () -> reviews.mine()).stream()
                .anyMatch(r -> r.id().equals(earlier) && r.status() == ReviewStatus.PUBLISHED));
        String adrPath = AsUser.call("admin", () -> reviews.mine()).stream().filter(r -> r.id().equals(earlier))
                .findFirst().orElseThrow().adrPath();

        var dayBefore = new RevisitDates(decisions, reviews, notifications, reminders, transactions,
                new MovableClock(revisitOn.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        dayBefore.remind();
        assertThat(told("alice", tag)).as("not before the date").isEmpty();
        var onTheDay = new RevisitDates(decisions, reviews, notifications, reminders, transactions,
                new MovableClock(revisitOn.atTime(9, 0).toInstant(ZoneOffset.UTC)));
        onTheDay.remind();
        onTheDay.remind();

        for (String person : List.of("alice", "admin")) {
            assertThat(told(person, tag)).as(person).singleElement().satisfies(n -> {
                assertThat(n.message()).startsWith("Time to revisit “Page cache " + tag + "”");
                assertThat(n.link()).isEqualTo("reviews/" + earlier + "/revisit");
            });
        }
        assertThat(told("bob", tag)).as("the author is not told").isEmpty();
        assertThat(AsUser.call("alice", () -> revisits.page(earlier)).mayStart()).isTrue();
        assertThat(AsUser.call("bob", () -> revisits.page(earlier)).mayStart()).isFalse();

        git(work, "pull", "-q", "--rebase", "origin", "main");
        Files.writeString(work.resolve("docs/design/page-cache.md"),
                "# Page cache\n\n" + TestDocs.READY + "\n## Since the decision\n\nThe hit rate is 40%.\n");
        git(work, "commit", "-q", "-am", "What we learned");
        git(work, "push", "-q", "origin", "HEAD:main");
        String head = git(work, "rev-parse", "HEAD").strip();

        assertThatThrownBy(() -> AsUser.call("bob", () -> revisits.startRevisit(earlier)))
                .as("the author").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("olga", () -> revisits.startRevisit(earlier)))
                .as("an observer").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("mia", () -> revisits.startRevisit(earlier)))
                .as("someone outside the review").isInstanceOf(AccessDeniedException.class);

        UUID revisit = AsUser.call("alice", () -> revisits.startRevisit(earlier));

        ReviewDetails opened = AsUser.call("alice", () -> reviews.details(revisit));
        assertThat(opened.title()).isEqualTo("Revisit: Page cache " + tag);
        assertThat(opened.pinnedDoc().reference().commit()).isEqualTo(head);
        assertThat(opened.designDoc()).contains("The hit rate is 40%.");
        assertThat(opened.moderators()).extracting(p -> p.username()).containsExactlyInAnyOrder("alice", "admin");
        assertThat(opened.members()).filteredOn(m -> m.person().username().equals("bob"))
                .singleElement().satisfies(m -> assertThat(m.holds(ReviewRole.AUTHOR)).isTrue());
        assertThat(opened.members()).filteredOn(m -> m.person().username().equals("olga"))
                .singleElement().satisfies(m -> assertThat(m.holds(ReviewRole.OBSERVER)).isTrue());
        assertThat(opened.agenda()).extracting(ReviewDetails.AgendaEntry::title)
                .contains(AgendaPlanner.CARRIED_PREFIX + "Cache per region " + tag);
        assertThat(AsUser.call("bob", () -> revisits.previousReview(revisit)).orElseThrow().decision().statement())
                .isEqualTo("Cache pages for five minutes");
        var suggestion = AsUser.call("alice", () -> decisions.suggestedSupersedes(revisit)).orElseThrow();
        assertThat(suggestion.adrPath()).isEqualTo(adrPath);
        assertThat(suggestion.reviewTitle()).isEqualTo("Page cache " + tag);
    }

    @Test
    void the_next_review_of_the_same_repository_file_follows_the_latest_decided_one_without_being_told() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        teamRepository();
        UUID repository = AsUser.call("admin", () -> repositories.connect(new NewRepository("next-" + tag,
                temp.resolve("team.git").toString(), "main", null, null, null, null)));
        var doc = AsUser.call("mia", () -> new DocReference(repository, "docs/design/page-cache.md",
                reviews.browse(repository).headCommit()));
        UUID earlier = AsUser.call("mia", () -> reviews.open(new NewReview("Page cache " + tag, null, doc,
                null, "alice", Set.of(), Set.of(), 30, null)));
        AsUser.run("mia", () -> meetings.start(earlier));
        AsUser.run("mia", () -> decisions.close(earlier, CloseMeeting.of(Outcome.REJECTED, "No cache yet " + tag,
                "Too early", "alice", new AlternativeConsidered("Cache", "Not needed yet"))));
        UUID undecided = AsUser.call("mia", () -> reviews.open(new NewReview("Page cache, undecided " + tag, null, doc,
                null, null, Set.of(), Set.of(), 30, null)));

        UUID next = AsUser.call("mia", () -> reviews.open(new NewReview("Page cache, next " + tag, null, doc,
                null, null, Set.of("bob"), Set.of(), 30, null)));

        assertThat(AsUser.call("bob", () -> revisits.previousReview(next)).orElseThrow().reviewId()).isEqualTo(earlier);
        assertThat(AsUser.call("mia", () -> revisits.previousReview(undecided)).orElseThrow().reviewId()).isEqualTo(earlier);
        UUID byBob = AsUser.call("bob", () -> reviews.open(new NewReview("Bob's page cache " + tag, null, doc,
                null, null, Set.of(), Set.of(), 30, null)));
        assertThat(AsUser.call("bob", () -> revisits.previousReview(byBob))).as("bob was in no decided review of it").isEmpty();
    }

    /**
     * The bell's latest notifications about this test's review. The earlier review is moderated by
     * admin, whose bell other tests leave nearly empty: mia's holds notifications other tests made
     * with their clocks hours ahead, which sort above anything sent now.
     */
    private List<NotificationService.Item> told(String username, String tag) {
        return AsUser.call(username, () -> notifications.latest()).stream()
                .filter(n -> n.message().contains("Page cache " + tag)).toList();
    }

    private Path teamRepository() throws Exception {
        Path remote = temp.resolve("team.git");
        git(temp, "init", "-q", "--bare", "-b", "main", remote.toString());
        Path work = temp.resolve("work");
        git(temp, "clone", "-q", remote.toUri().toString(), work.toString());
        Files.createDirectories(work.resolve("doc/adr"));
        Files.createDirectories(work.resolve("docs/design"));
        Files.writeString(work.resolve(".adr-dir"), "doc/adr\n");
        Files.writeString(work.resolve("docs/design/page-cache.md"), "# Page cache\n\n" + TestDocs.READY);
        git(work, "add", "-A");
        git(work, "commit", "-q", "-m", "Start");
        git(work, "push", "-q", "origin", "HEAD:main");
        return work;
    }
}
