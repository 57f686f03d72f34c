package dev.verdict.decisionlog;

import static dev.verdict.CommandLine.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.verdict.AdrRepos;
import dev.verdict.AppTest;
import dev.verdict.AsUser;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.MeetingService;
import dev.verdict.publishing.PublicationService;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.RepositoryService;
import dev.verdict.review.DocReference;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The decision log read from real adr-tools, MADR 4 and log4brains repositories (the fixture
 * corpus, with ADRs added the way each tool writes them), with Verdict's own decisions, and who
 * sees what of them.
 */
class DecisionLogIT extends AppTest {

    @Autowired
    DecisionLogService log;
    @Autowired
    DecisionLogSync sync;
    @Autowired
    DecisionLogIndex index;
    @Autowired
    RepositoryService repositories;
    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    PublicationService publications;

    @TempDir
    Path temp;

    /** A word no other test writes, so the shared database's other decisions cannot match. */
    private final String word = "quagga" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void every_adr_of_adr_tools_madr_and_log4brains_repositories_is_in_one_log_with_tags_deciders_and_supersede_chains() throws IOException {
        String adrTools = connect("adr-tools-crlf", work -> {
            Path old = work.resolve("doc/adr/0002-use-java.md");
            Files.writeString(old, Files.readString(old).replace("## Status\r\n\r\nAccepted\r\n",
                    "## Status\r\n\r\nSuperseded by [3. Use Kotlin](0003-use-kotlin.md)\r\n"));
            Files.writeString(work.resolve("doc/adr/0003-use-kotlin.md"), "# 3. Use Kotlin\n\nDate: 2026-11-02\n\n## Status\n\nAccepted\n\n"
                    + "Supersedes [2. Use Java](0002-use-java.md)\n\n## Context\n\nThe " + word + " service needs null safety.\n\n"
                    + "## Decision\n\nKotlin.\n\n## Consequences\n\nA second compiler.\n");
        });
        String madr = connect("madr4", work -> Files.writeString(work.resolve("docs/decisions/0003-cache-pages.md"),
                "---\nstatus: accepted\ndate: 2026-10-01\ndecision-makers: [Carol, Dan]\ntags:\n  - caching\n  - Performance\n---\n\n"
                        + "# Cache rendered pages\n\n## Context and Problem Statement\n\nPages take 4 s.\n\n## Decision Outcome\n\n"
                        + "Chosen option: \"a page cache\", because load time matters most.\n"));
        String log4brains = connect("log4brains", work -> Files.writeString(work.resolve("docs/adr/20261015-use-redis.md"),
                "# Use Redis for sessions\n\n- Status: proposed\n- Deciders: Erin\n- Date: 2026-10-15\n- Tags: caching, ops\n\n"
                        + "## Context and Problem Statement\n\nSessions are lost on deploy.\n"));
        sync.refresh();

        List<LogEntry> tools = AsUser.call("olga", () -> log.entries(new LogFilter(null, adrTools, null, null, false, null)));
        assertThat(tools).extracting(LogEntry::number, LogEntry::title, LogEntry::status, LogEntry::date).containsExactly(
                tuple("0003", "Use Kotlin", "Accepted", "2026-11-02"),
                tuple("0002", "Use Java", "Superseded", "2021-03-04"),
                tuple("0001", "Record architecture decisions", "Accepted", "2021-03-01"));
        assertThat(tools.get(1).chain()).containsExactly("0002", "0003");
        assertThat(tools.get(1).statusGroup()).isEqualTo("Superseded");
        assertThat(tools).allSatisfy(e -> assertThat(e.tags()).as("adr-tools has no tags").isEmpty());

        List<LogEntry> madrs = AsUser.call("olga", () -> log.entries(new LogFilter(null, madr, null, null, false, null)));
        assertThat(madrs).extracting(LogEntry::number).containsExactly("0003", "0002", "0001", "0000");
        assertThat(madrs.getFirst().tags()).containsExactly("caching", "Performance");
        assertThat(madrs.getFirst().deciders()).containsExactly("Carol", "Dan");
        assertThat(madrs.get(2).deciders()).as("MADR 4's decision-makers as a comma string").containsExactly("Alice", "Bob");

        List<LogEntry> l4b = AsUser.call("olga", () -> log.entries(new LogFilter(null, log4brains, null, null, false, null)));
        assertThat(l4b).extracting(LogEntry::number, LogEntry::title, LogEntry::statusGroup, LogEntry::tags, LogEntry::deciders)
                .containsExactly(tuple("20261015", "Use Redis for sessions", "Proposed", List.of("caching", "ops"), List.of("Erin")),
                        tuple("20210304", "Use Java as developing language", "Accepted", List.of("backend"), List.of("Alice", "Bob")));

        var opened = AsUser.call("olga", () -> log.open(tools.getFirst().id())).orElseThrow();
        assertThat(opened.markdown()).contains("The " + word + " service needs null safety.");
        assertThat(opened.entry().path()).isEqualTo("doc/adr/0003-use-kotlin.md");
    }

    @Test
    void filters_narrow_by_status_tag_and_decider_and_search_finds_an_adr_by_its_text() throws IOException {
        String repo = connect("madr4", work -> Files.writeString(work.resolve("docs/decisions/0003-shard-" + word + ".md"),
                "---\nstatus: accepted\ndate: 2026-10-01\ndecision-makers: Zoe " + word + "\ntags: sharding-" + word + ", storage\n---\n\n"
                        + "# Shard the " + word + " table\n\n## Context and Problem Statement\n\nThe orders table outgrew one disk.\n"));
        sync.refresh();

        assertThat(titles(new LogFilter(null, null, "Sharding-" + word, null, false, null))).containsExactly("Shard the " + word + " table");
        assertThat(titles(new LogFilter(null, null, null, "Zoe " + word, false, null))).containsExactly("Shard the " + word + " table");
        assertThat(titles(new LogFilter("Accepted", repo, null, null, false, null)))
                .containsExactly("Shard the " + word + " table", "Use Java as developing language",
                        "Use Markdown Architectural Decision Records");
        assertThat(titles(new LogFilter(null, null, null, null, false, word + " orders disk"))).containsExactly("Shard the " + word + " table");
        assertThat(titles(new LogFilter(null, repo, null, null, false, "outgrew -" + word))).isEmpty();
        var choices = AsUser.call("olga", log::choices);
        assertThat(choices.tags()).contains("sharding-" + word, "storage");
        assertThat(choices.repositories()).contains(repo);
        assertThat(choices.statuses()).contains("Accepted");
        assertThatThrownBy(() -> log.entries(LogFilter.NONE)).as("nobody signed in").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_verdict_decision_not_yet_in_git_shows_only_to_its_members_and_is_due_for_revisit_once_its_date_comes() {
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("Retire the " + word + " queue", TestDocs.READY, null, null,
                "mia", Set.of("bob"), Set.of(), 30, null)));
        AsUser.run("mia", () -> meetings.start(review));
        LocalDate revisit = LocalDate.now().plusDays(30);
        var close = CloseMeeting.of(Outcome.APPROVED, "Retire the " + word + " queue", "Nobody reads it", "mia",
                new AlternativeConsidered("Keep it", "It costs money"));
        AsUser.run("mia", () -> decisions.close(review, new CloseMeeting(close.outcome(), close.statement(), close.rationale(),
                close.decisionMaker(), close.alternatives(), close.consequences(), close.conditions(), revisit, close.supersedes())));
        sync.refresh();

        LogEntry mine = AsUser.call("bob", () -> log.entries(LogFilter.NONE.withText(word))).stream()
                .filter(e -> review.equals(e.reviewId())).findFirst().orElseThrow();
        assertThat(mine.revisitOn()).isEqualTo(revisit);
        assertThat(mine.deciders()).containsExactly("Mia Moderator");
        // The publisher commits the decision in the background, and the log refreshes after it: olga
        // may read it before (a decision only in Verdict: not hers) or after (an ADR: everyone's,
        // without its link to the review); never the review.
        assertThat(AsUser.call("olga", () -> log.entries(LogFilter.NONE.withText(word)))).as("olga is not in the review")
                .allSatisfy(e -> {
                    assertThat(e.inGit()).as("only ADRs in git").isTrue();
                    assertThat(e.reviewId()).as("no link to the review").isNull();
                });
        if (!mine.inGit()) {
            assertThat(AsUser.call("olga", () -> log.open(mine.id()))).isEmpty();
        }

        var today = new DecisionLogService(index, reviews, Clock.systemDefaultZone());
        var inAMonth = new DecisionLogService(index, reviews, Clock.fixed(revisit.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(3600), ZoneOffset.UTC));
        var due = new LogFilter(null, null, null, null, true, word);
        assertThat(AsUser.call("bob", () -> today.entries(due))).isEmpty();
        assertThat(AsUser.call("bob", () -> inAMonth.entries(due))).extracting(LogEntry::reviewId).containsExactly(review);
    }

    @Test
    void an_adr_published_by_verdict_links_its_review_and_commit_for_members_only() throws IOException {
        Path remote = AdrRepos.bareRepository("adr-tools-crlf", temp);
        Path work = AdrRepos.clone(remote, temp.resolve("doc-work"));
        Files.createDirectories(work.resolve("docs/design"));
        Files.writeString(work.resolve("docs/design/" + word + ".md"), "# The " + word + " cache\n\n" + TestDocs.READY);
        git(work, "add", "-A");
        git(work, "-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-q", "-m", "Doc");
        git(work, "push", "-q", "origin", "HEAD:main");
        String name = "team-" + word;
        UUID repository = AsUser.call("admin", () -> repositories.connect(new NewRepository(name, remote.toString(), "main",
                null, null, null, null)));
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("The " + word + " cache", null,
                new DocReference(repository, "docs/design/" + word + ".md", reviews.browse(repository).headCommit()),
                "bob", "alice", Set.of(), Set.of(), 30, null)));
        AsUser.run("mia", () -> meetings.start(review));
        AsUser.run("mia", () -> decisions.close(review, CloseMeeting.of(Outcome.APPROVED, "Cache pages for five minutes",
                "Load time matters most", "alice", new AlternativeConsidered("Render every time", "4 s loads"))));
        String commit = await().atMost(Duration.ofSeconds(60)).until(() -> AsUser.call("mia", () -> publications.status(review).commitId()),
                c -> c != null);
        sync.refresh();

        var filter = new LogFilter(null, name, null, null, false, null);
        LogEntry forMember = AsUser.call("bob", () -> log.entries(filter)).getFirst();
        assertThat(forMember.title()).isEqualTo("The " + word + " cache");
        assertThat(forMember.reviewId()).isEqualTo(review);
        assertThat(forMember.commit()).isEqualTo(commit);
        assertThat(forMember.deciders()).as("adr-tools names no deciders: the decision's maker").containsExactly("Alice Attendee");
        LogEntry forOthers = AsUser.call("olga", () -> log.entries(filter)).getFirst();
        assertThat(forOthers.title()).isEqualTo("The " + word + " cache");
        assertThat(forOthers.reviewId()).as("olga is not in the review").isNull();
        assertThat(AsUser.call("olga", () -> log.entries(filter))).hasSize(3);
        assertThat(AsUser.call("bob", () -> log.entries(LogFilter.NONE))).extracting(LogEntry::reviewId)
                .as("the published decision is listed once, as its ADR").containsOnlyOnce(review);
    }

    private List<String> titles(LogFilter filter) {
        return AsUser.call("olga", () -> log.entries(filter)).stream().map(LogEntry::title).toList();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    interface Change {
        void apply(Path work) throws IOException;
    }

    /** A fixture layout with the change committed on top, connected under a unique name; returns the name. */
    private String connect(String layout, Change change) throws IOException {
        Path remote = AdrRepos.bareRepository(layout, temp);
        Path work = AdrRepos.clone(remote, temp.resolve("work-" + UUID.randomUUID()));
        change.apply(work);
        git(work, "-c", "core.autocrlf=false", "add", "-A");
        git(work, "-c", "core.autocrlf=false", "-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-q", "-m", "More ADRs");
        git(work, "push", "-q", "origin", "HEAD:main");
        String name = layout + "-" + word + "-" + UUID.randomUUID().toString().substring(0, 4);
        AsUser.run("admin", () -> repositories.connect(new NewRepository(name, remote.toString(), "main", null, null, null, null)));
        return name;
    }
}
