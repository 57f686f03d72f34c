package dev.verdict.publishing.git;

import static dev.verdict.CommandLine.cloneOf;
import static dev.verdict.CommandLine.git;
import static dev.verdict.publishing.git.GitDecisionArchiveIT.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verdict.publishing.ArchiveException;
import dev.verdict.publishing.DecisionArchive;
import dev.verdict.publishing.DecisionArchive.Archived;
import dev.verdict.repository.AdrConvention;
import dev.verdict.repository.PublishMode;
import dev.verdict.repository.PublishTarget;
import dev.verdict.repository.RepositoryMirror;
import dev.verdict.repository.RepositoryProbe.Credentials;
import dev.verdict.repository.RepositoryUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly one commit per review, whatever happens: many reviews at once from two Verdict
 * instances, a crash at either side of the push, a git host that goes down and comes back; and
 * each repository's own convention and publish mode.
 */
class PublishingReliabilityIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    Path remote;

    @BeforeEach
    void demoRemote() throws Exception {
        remote = temp.resolve("remote.git");
        DemoRepository.createIfMissing(remote, "main", CLOCK);
    }

    private GitDecisionArchive instance(String cache) throws Exception {
        return new GitDecisionArchive(new GitProperties(remote.toString(), "main", temp.resolve(cache), false,
                "docs/design-reviews", null), CLOCK, new RepositoryLocks());
    }

    @Test
    void ten_reviews_published_at_once_by_two_instances_give_ten_commits_with_ten_numbers() throws Exception {
        List<GitDecisionArchive> instances = List.of(instance("node-a"), instance("node-b"));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Archived>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            var archive = instances.get(i % 2);
            var submission = submission(UUID.randomUUID(), "Decision " + i);
            results.add(pool.submit(() -> {
                go.await();
                return archive.archive(submission);
            }));
        }
        go.countDown();
        List<String> adrPaths = new ArrayList<>();
        for (Future<Archived> result : results) {
            adrPaths.add(result.get().adrPath());
        }
        pool.shutdown();

        Path clone = cloneOf(remote, temp.resolve("clone"));
        assertThat(git(clone, "log", "--format=%s").lines().filter(l -> l.startsWith("Record design review decision"))).hasSize(10);
        assertThat(adrPaths.stream().map(p -> p.replaceAll("^doc/adr/(\\d{4})-.*$", "$1")).distinct()).hasSize(10);
        assertThat(adrPaths).allSatisfy(p -> assertThat(clone.resolve(p)).exists());
    }

    @Test
    void a_crash_between_commit_and_push_leaves_one_commit_after_the_retry() throws Exception {
        UUID review = UUID.randomUUID();
        var submission = submission(review, "Crashed once");
        // The first attempt built its commit in the cache and died before pushing it.
        var archive = instance("cache");
        archive.archive(submission(UUID.randomUUID(), "Warm the cache"));
        try (Repository cache = new FileRepositoryBuilder().setGitDir(temp.resolve("cache/publish.git").toFile()).build()) {
            var head = cache.resolve("refs/remotes/origin/main");
            try (var walk = new org.eclipse.jgit.revwalk.RevWalk(cache)) {
                var tree = walk.parseCommit(head).getTree();
                PersonIdent who = new PersonIdent("Mia Moderator", "mia@example.com");
                Trees.commit(cache, head, tree, Map.of("doc/adr/0003-crashed-once.md", "# 3. Crashed once\n"), who, who,
                        submission.message());
            }
        }

        Archived archived = instance("cache").archive(submission);

        Path clone = cloneOf(remote, temp.resolve("clone"));
        assertThat(git(clone, "log", "--format=%H", "--grep", "Design-Review: " + review).lines()).containsExactly(archived.commitId());
    }

    @Test
    void a_crash_between_push_and_recording_success_finds_the_pushed_commit_after_restart() throws Exception {
        UUID review = UUID.randomUUID();
        Archived pushed = instance("before-restart").archive(submission(review, "Pushed then crashed"));

        Archived afterRestart = instance("after-restart").archive(submission(review, "Pushed then crashed"));

        assertThat(afterRestart).isEqualTo(pushed);
        Path clone = cloneOf(remote, temp.resolve("clone"));
        assertThat(git(clone, "log", "--format=%H", "--grep", "Design-Review: " + review).lines()).containsExactly(pushed.commitId());
    }

    @Test
    void a_git_host_that_is_down_fails_clearly_and_the_same_submission_lands_once_it_is_back() throws Exception {
        Path served = Files.createDirectories(temp.resolve("served"));
        Files.move(remote, served.resolve("team.git"));
        var https = new HttpsGitServer(Files.createDirectories(temp.resolve("https1")), served, "mia", "token-1");
        int port = https.port();
        var archive = instance("cache");
        var target = new PublishTarget("Team", new RepositoryMirror.Target(UUID.randomUUID(),
                RepositoryUrl.of(https.url("team"), false), "main", new Credentials("mia", "token-1")),
                AdrConvention.ADR_TOOLS, "doc/adr", "docs/design-reviews", PublishMode.PUSH);
        https.close();
        UUID review = UUID.randomUUID();

        assertThatThrownBy(() -> archive.archive(to(target, submission(review, "Host was down"))))
                .isInstanceOf(ArchiveException.class)
                .hasMessage("Could not publish to the repository: Connection refused: nothing answers at that host and port");

        try (var back = new HttpsGitServer(Files.createDirectories(temp.resolve("https2")), served, "mia", "token-1", port)) {
            Archived archived = archive.archive(to(target, submission(review, "Host was down")));
            assertThat(archived.adrPath()).isEqualTo("doc/adr/0002-host-was-down.md");
        }
        Path clone = cloneOf(served.resolve("team.git"), temp.resolve("clone"));
        assertThat(git(clone, "log", "--format=%s", "--grep", "Design-Review: " + review).lines()).hasSize(1);
    }

    @Test
    void madr_and_log4brains_repositories_get_their_own_file_names_and_folders() throws Exception {
        var archive = instance("cache");
        Path madr = repositoryWith(Map.of("docs/decisions/0001-use-markdown.md", "---\nstatus: accepted\n---\n# Use Markdown\n"));
        Path log4brains = repositoryWith(Map.of(".log4brains.yml", "project:\n  name: x\n",
                "docs/adr/20260101-first.md", "# First\n\n- Status: accepted\n"));

        Archived madrAdr = archive.archive(to(local(madr, AdrConvention.MADR, "docs/decisions", PublishMode.PUSH),
                submission(UUID.randomUUID(), "Queue it")));
        Archived log4brainsAdr = archive.archive(to(local(log4brains, AdrConvention.LOG4BRAINS, "docs/adr", PublishMode.PUSH),
                submission(UUID.randomUUID(), "Queue it")));

        assertThat(madrAdr.adrPath()).isEqualTo("docs/decisions/0002-queue-it.md");
        assertThat(log4brainsAdr.adrPath()).isEqualTo("docs/adr/20261127-queue-it.md");
        assertThat(cloneOf(log4brains, temp.resolve("l4b")).resolve(log4brainsAdr.adrPath())).exists();
    }

    @Test
    void pull_request_mode_pushes_a_design_review_branch_and_leaves_the_branch_alone() throws Exception {
        var archive = instance("cache");
        Path repo = repositoryWith(Map.of("README.md", "# Team\n"));
        String mainBefore = git(temp, "--git-dir", repo.toString(), "rev-parse", "main").strip();
        UUID review = UUID.randomUUID();

        Archived archived = archive.archive(to(local(repo, AdrConvention.ADR_TOOLS, "doc/adr", PublishMode.PULL_REQUEST),
                submission(review, "Queue it")));

        assertThat(archived.branch()).isEqualTo("design-review/queue-it-" + review.toString().substring(0, 8));
        assertThat(git(temp, "--git-dir", repo.toString(), "rev-parse", "main").strip()).isEqualTo(mainBefore);
        assertThat(git(temp, "--git-dir", repo.toString(), "rev-parse", archived.branch()).strip()).isEqualTo(archived.commitId());
        assertThat(archive.archive(to(local(repo, AdrConvention.ADR_TOOLS, "doc/adr", PublishMode.PULL_REQUEST),
                submission(review, "Queue it")))).as("a retry finds the branch's commit").isEqualTo(archived);
    }

    private PublishTarget local(Path repo, AdrConvention convention, String adrDir, PublishMode mode) {
        return new PublishTarget("local", new RepositoryMirror.Target(UUID.nameUUIDFromBytes(repo.toString().getBytes()),
                RepositoryUrl.of(repo.toString(), true), "main", Credentials.NONE), convention, adrDir,
                "docs/design-reviews", mode);
    }

    private Path repositoryWith(Map<String, String> files) throws Exception {
        Path bare = temp.resolve("repo-" + UUID.randomUUID() + ".git");
        git(temp, "init", "-q", "--bare", "-b", "main", bare.toString());
        Path work = cloneOf(bare, temp.resolve("work-" + UUID.randomUUID()));
        for (var file : new LinkedHashMap<>(files).entrySet()) {
            Files.createDirectories(work.resolve(file.getKey()).getParent());
            Files.writeString(work.resolve(file.getKey()), file.getValue());
        }
        git(work, "add", "-A");
        git(work, "commit", "-q", "-m", "Start");
        git(work, "push", "-q", "origin", "HEAD:main");
        return bare;
    }

    private static DecisionArchive.Submission to(PublishTarget target, DecisionArchive.Submission s) {
        return new DecisionArchive.Submission(s.reviewId(), s.adrSlug(), s.adrMarkdown(), s.summaryFileName(),
                s.summaryMarkdown(), s.author(), s.message(), target, s.date(), s.supersedes());
    }

    @Test
    void a_retry_that_finds_the_review_committed_with_another_decision_refuses_and_commits_nothing() throws Exception {
        UUID review = UUID.randomUUID();
        var approved = withDecision(submission(review, "Lost then closed again"), "Approved", "Cache pages for five minutes");
        Archived pushed = instance("before-crash").archive(approved);
        var rejected = withDecision(submission(review, "Lost then closed again"), "Rejected", "Do not cache");

        assertThatThrownBy(() -> instance("after-crash").archive(rejected))
                .isInstanceOf(dev.verdict.publishing.DecisionConflictException.class)
                .hasMessageStartingWith("The repository already records this review's decision in commit "
                        + pushed.commitId().substring(0, 7) + " as Approved: \u201cCache pages for five minutes\u201d");

        Path clone = cloneOf(remote, temp.resolve("clone"));
        assertThat(git(clone, "log", "--format=%H", "--grep", "Design-Review: " + review).lines()).containsExactly(pushed.commitId());
        assertThat(instance("after-crash").archive(approved)).isEqualTo(pushed);
    }

    @Test
    void the_decisions_a_repository_records_are_found_by_their_reviews_trailers() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID never = UUID.randomUUID();
        var archive = instance("cache");
        Archived one = archive.archive(withDecision(submission(first, "First"), "Approved", "Use a queue"));
        archive.archive(submission(UUID.randomUUID(), "Someone else's"));
        Archived two = archive.archive(withDecision(submission(second, "Second"), "Rejected", "Keep polling"));

        var found = instance("other-node").recorded(null, List.of(first, second, never));

        assertThat(found).containsOnlyKeys(first, second);
        assertThat(found.get(first)).isEqualTo(new DecisionArchive.Recorded(one.commitId(), "Approved", "Use a queue", "main"));
        assertThat(found.get(second)).isEqualTo(new DecisionArchive.Recorded(two.commitId(), "Rejected", "Keep polling", "main"));
    }

    private static DecisionArchive.Submission withDecision(DecisionArchive.Submission s, String outcome, String statement) {
        String message = s.message().replace("\n\nDesign-Review", "\n\nOutcome: " + outcome + "\nDecision: " + statement
                + "\n\nDesign-Review");
        return new DecisionArchive.Submission(s.reviewId(), s.adrSlug(), s.adrMarkdown(), s.summaryFileName(),
                s.summaryMarkdown(), s.author(), message, s.destination(), s.date(), s.supersedes());
    }
}
