package dev.verdict.publishing.git;

import static dev.verdict.CommandLine.cloneOf;
import static dev.verdict.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.verdict.CommandLine;
import dev.verdict.publishing.ArchiveException;
import dev.verdict.publishing.DecisionArchive;
import dev.verdict.publishing.DecisionArchive.Archived;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitDecisionArchiveIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    Path remote;
    GitDecisionArchive archive;

    @BeforeEach
    void demoRepositoryAsRemote() throws IOException {
        remote = temp.resolve("remote.git");
        archive = new GitDecisionArchive(
                new GitProperties(remote.toString(), "main", temp.resolve("cache"), true, "docs/design-reviews", null), CLOCK, new RepositoryLocks());
    }

    @Test
    void summary_and_adr_land_in_one_commit_authored_by_the_moderator() throws IOException {
        Archived archived = archive.archive(submission(UUID.randomUUID(), "Use OT for collaboration"));

        assertThat(archived.adrPath()).isEqualTo("doc/adr/0002-use-ot-for-collaboration.md");
        assertThat(archived.summaryPath()).isEqualTo("docs/design-reviews/2026-11-27-use-ot-for-collaboration.md");
        Path clone = cloneOf(remote, temp.resolve("clone"));
        assertThat(run(clone, "git", "log", "-1", "--format=%H|%an <%ae>")).isEqualTo(archived.commitId() + "|Mia Moderator <mia@example.com>\n");
        assertThat(run(clone, "git", "show", "--name-only", "--format=", "HEAD").lines())
                .containsExactlyInAnyOrder(archived.adrPath(), archived.summaryPath());
        assertThat(Files.readString(clone.resolve(archived.adrPath()))).startsWith("# 2. Use OT for collaboration\n");
        assertThat(Files.readString(clone.resolve(archived.summaryPath()))).contains("Summary of the review");
    }

    @Test
    void the_demo_archive_is_named_as_its_connection_is() {
        assertThat(archive.configuredName()).isEqualTo("Demo repository");
    }

    @Test
    void a_configured_remote_is_named_by_its_name_else_by_its_address_without_credentials() throws IOException {
        var unnamed = new GitDecisionArchive(new GitProperties("https://bot:s3cret@git.example.com/team/decisions.git", "main",
                temp.resolve("cache3"), false, "docs/design-reviews", null), CLOCK, new RepositoryLocks());
        var named = new GitDecisionArchive(new GitProperties("https://bot:s3cret@git.example.com/team/decisions.git", "main",
                temp.resolve("cache4"), false, "docs/design-reviews", " Team decisions "), CLOCK, new RepositoryLocks());

        assertThat(unnamed.configuredName()).isEqualTo("https://git.example.com/team/decisions.git");
        assertThat(named.configuredName()).isEqualTo("Team decisions");
    }

    @Test
    void a_second_review_gets_the_next_number() {
        archive.archive(submission(UUID.randomUUID(), "First decision"));
        Archived second = archive.archive(submission(UUID.randomUUID(), "Second decision"));

        assertThat(second.adrPath()).isEqualTo("doc/adr/0003-second-decision.md");
    }

    @Test
    void a_retry_finds_the_earlier_commit_instead_of_committing_twice() {
        UUID review = UUID.randomUUID();
        Archived first = archive.archive(submission(review, "Only once"));
        Archived retry = archive.archive(submission(review, "Only once"));

        assertThat(retry).isEqualTo(first);
        Path clone = cloneOf(remote, temp.resolve("clone"));
        assertThat(run(clone, "git", "log", "--format=%s").lines()).hasSize(2);
    }

    @Test
    void lock_files_a_crash_left_in_the_publish_clone_are_recovered_and_the_next_publication_lands() throws IOException {
        archive.archive(submission(UUID.randomUUID(), "First decision"));
        Path clone = temp.resolve("cache/publish.git");
        Path refLock = clone.resolve("refs/remotes/origin/main.lock");
        Files.writeString(refLock, "0000000000000000000000000000000000000000\n");
        Files.writeString(clone.resolve("packed-refs.lock"), "");
        Files.writeString(clone.resolve("config.lock"), "");

        Archived second = archive.archive(submission(UUID.randomUUID(), "Second decision"));

        assertThat(second.adrPath()).isEqualTo("doc/adr/0003-second-decision.md");
        assertThat(refLock).doesNotExist();
        assertThat(clone.resolve("packed-refs.lock")).doesNotExist();
    }

    @Test
    void a_push_a_crash_cut_short_leaves_no_lock_that_stops_the_demo_repository_after_the_restart() throws IOException {
        archive.archive(submission(UUID.randomUUID(), "First decision"));
        // What a kill -9 in the middle of pushing to the demo's own bare repository leaves behind.
        Files.writeString(remote.resolve("refs/heads/main.lock"), "0000000000000000000000000000000000000000\n");
        Files.writeString(remote.resolve("packed-refs.lock"), "");

        var restarted = new GitDecisionArchive(
                new GitProperties(remote.toString(), "main", temp.resolve("cache"), true, "docs/design-reviews", null), CLOCK, new RepositoryLocks());
        Archived second = restarted.archive(submission(UUID.randomUUID(), "Second decision"));

        assertThat(second.adrPath()).isEqualTo("doc/adr/0003-second-decision.md");
        assertThat(remote.resolve("refs/heads/main.lock")).doesNotExist();
        assertThat(run(cloneOf(remote, temp.resolve("clone")), "git", "log", "--format=%s").lines()).hasSize(3);
    }

    @Test
    void a_clone_held_too_long_by_stuck_work_fails_the_publication_clearly_instead_of_queueing_it_for_ever() throws Exception {
        var locks = new RepositoryLocks(java.time.Duration.ofMillis(300));
        var impatient = new GitDecisionArchive(new GitProperties(remote.toString(), "main", temp.resolve("cache"), true,
                "docs/design-reviews", null), CLOCK, locks);
        var taken = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        Thread stuck = Thread.ofPlatform().name("stuck-fetch").start(() -> {
            try (var held = locks.hold(temp.resolve("cache").resolve("publish.git").toString())) {
                taken.countDown();
                release.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        taken.await();

        assertThatThrownBy(() -> impatient.archive(submission(UUID.randomUUID(), "Waited")))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining("busy for over 300 ms")
                .hasMessageContaining("held by thread stuck-fetch")
                .hasMessageContaining("tried again later");

        release.countDown();
        stuck.join();
        assertThat(impatient.archive(submission(UUID.randomUUID(), "Once it is free")).adrPath())
                .isEqualTo("doc/adr/0002-once-it-is-free.md");
    }

    @Test
    void sixty_publications_to_the_demo_repository_start_no_background_gc_that_repacks_under_the_next_one() throws IOException {
        for (int n = 0; n < 60; n++) {
            archive.archive(submission(UUID.randomUUID(), "Decision " + n));
        }

        try (var packs = Files.list(remote.resolve("objects/pack"))) {
            assertThat(packs.filter(p -> p.toString().endsWith(".bitmap"))).as("bitmaps only a gc writes").isEmpty();
        }
        try (var repo = new org.eclipse.jgit.storage.file.FileRepositoryBuilder().setGitDir(remote.toFile()).setBare().build()) {
            assertThat(repo.getConfig().getInt("gc", "auto", -1)).as("C git's and JGit's loose-object trigger").isZero();
            assertThat(repo.getConfig().getInt("gc", "autoPackLimit", -1)).as("JGit's pack-count trigger").isZero();
            assertThat(repo.getConfig().getBoolean("gc", "autoDetach", true)).isFalse();
        }
    }

    @Test
    void a_branch_left_locked_on_another_git_host_is_named_in_the_error_instead_of_a_race() throws IOException {
        Path other = temp.resolve("other.git");
        new GitDecisionArchive(new GitProperties(other.toString(), "main", temp.resolve("cache-other"), true,
                "docs/design-reviews", null), CLOCK, new RepositoryLocks());
        var notOurs = new GitDecisionArchive(new GitProperties(other.toString(), "main", temp.resolve("cache-other"), false,
                "docs/design-reviews", null), CLOCK, new RepositoryLocks());
        Files.writeString(other.resolve("refs/heads/main.lock"), "");

        assertThatThrownBy(() -> notOurs.archive(submission(UUID.randomUUID(), "Locked out")))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining("kept its branch main locked")
                .hasMessageContaining("refs/heads/main.lock");
        assertThat(other.resolve("refs/heads/main.lock")).as("a host Verdict does not own is left alone").exists();
    }

    @Test
    void the_real_adr_command_lists_what_verdict_wrote_and_continues_its_numbering() {
        assumeTrue(CommandLine.adrToolsInstalled(), "adr-tools is not installed (apt-get install adr-tools); .ci/run installs it");
        Archived archived = archive.archive(submission(UUID.randomUUID(), "Use OT for collaboration"));
        Path clone = cloneOf(remote, temp.resolve("clone"));

        assertThat(run(clone, "adr", "list").lines()).contains(archived.adrPath());
        assertThat(run(clone, "adr", "generate", "toc")).contains("* [2. Use OT for collaboration](0002-use-ot-for-collaboration.md)");
        run(clone, "adr", "new", "Made by hand after Verdict");
        assertThat(run(clone, "adr", "list").lines()).contains("doc/adr/0003-made-by-hand-after-verdict.md");
    }

    @Test
    void a_supersede_written_by_verdict_is_the_one_the_adr_command_shows_and_lands_in_the_same_commit() throws IOException {
        assumeTrue(CommandLine.adrToolsInstalled(), "adr-tools is not installed (apt-get install adr-tools); .ci/run installs it");
        Path clone = cloneOf(remote, temp.resolve("clone"));
        run(clone, "adr", "new", "Use Java");
        run(clone, "git", "add", "-A");
        run(clone, "git", "commit", "-qm", "ADR 2 by hand");
        run(clone, "git", "push", "-q", "origin", "HEAD:main");
        var base = submission(UUID.randomUUID(), "Use Rust");
        var superseding = new DecisionArchive.Submission(base.reviewId(), base.adrSlug(), base.adrMarkdown(),
                base.summaryFileName(), base.summaryMarkdown(), base.author(), base.message(), null, base.date(),
                "doc/adr/0002-use-java.md");

        Archived archived = archive.archive(superseding);

        run(clone, "git", "pull", "-q", "origin", "main");
        assertThat(archived.adrPath()).isEqualTo("doc/adr/0003-use-rust.md");
        assertThat(run(clone, "git", "show", "--name-only", "--format=", archived.commitId()).lines())
                .containsExactlyInAnyOrder("doc/adr/0002-use-java.md", "doc/adr/0003-use-rust.md", archived.summaryPath());
        assertThat(run(clone, "adr", "generate", "graph")).contains("_3 -> _2 [label=\"Supersedes\", weight=0]");
        assertThat(Files.readString(clone.resolve("doc/adr/0002-use-java.md")))
                .contains("## Status\n\nSuperseded by [3. Use Rust](0003-use-rust.md)\n\n## Context").doesNotContain("Accepted");
        assertThat(Files.readString(clone.resolve("doc/adr/0003-use-rust.md")))
                .contains("## Status\n\nAccepted\n\nSupersedes [2. Use Java](0002-use-java.md)\n\n## Context");
    }

    @Test
    void a_table_of_contents_kept_beside_the_adrs_lists_the_new_one_in_the_same_commit() throws IOException {
        assumeTrue(CommandLine.adrToolsInstalled(), "adr-tools is not installed (apt-get install adr-tools); .ci/run installs it");
        Path clone = cloneOf(remote, temp.resolve("clone"));
        Files.writeString(clone.resolve("doc/adr/README.md"), "# Architecture Decision Records\n\n"
                + "* [1. Record architecture decisions](0001-record-architecture-decisions.md)\n\nKept by hand.\n");
        run(clone, "git", "add", "-A");
        run(clone, "git", "commit", "-qm", "An index of the ADRs");
        run(clone, "git", "push", "-q", "origin", "HEAD:main");

        Archived archived = archive.archive(submission(UUID.randomUUID(), "Listed too"));

        run(clone, "git", "pull", "-q", "origin", "main");
        assertThat(run(clone, "git", "show", "--name-only", "--format=", archived.commitId()).lines()).contains("doc/adr/README.md");
        String toc = Files.readString(clone.resolve("doc/adr/README.md"));
        assertThat(toc).startsWith("# Architecture Decision Records\n\n").endsWith("\nKept by hand.\n");
        assertThat(toc.lines().filter(l -> l.startsWith("* [")))
                .containsExactlyElementsOf(run(clone, "adr", "generate", "toc").lines().filter(l -> l.startsWith("* [")).toList());
    }

    @Test
    void a_remote_that_moved_meanwhile_is_fetched_and_the_adr_takes_the_next_free_number() {
        assumeTrue(CommandLine.adrToolsInstalled(), "adr-tools is not installed (apt-get install adr-tools); .ci/run installs it");
        archive.archive(submission(UUID.randomUUID(), "Warm the cache"));
        Path clone = cloneOf(remote, temp.resolve("clone"));
        run(clone, "adr", "new", "Someone else pushed first");
        run(clone, "adr", "new", "And again");
        run(clone, "git", "add", "-A");
        run(clone, "git", "commit", "-qm", "Two ADRs by hand");
        run(clone, "git", "push", "-q", "origin", "HEAD:main");

        Archived archived = archive.archive(submission(UUID.randomUUID(), "After the others"));

        assertThat(archived.adrPath()).isEqualTo("doc/adr/0005-after-the-others.md");
        run(clone, "git", "pull", "-q", "origin", "main");
        assertThat(run(clone, "git", "log", "--format=%s").lines()).hasSize(4);
    }

    @Test
    void numbering_continues_after_two_files_with_the_same_number() throws IOException {
        Path clone = cloneOf(remote, temp.resolve("clone"));
        Files.writeString(clone.resolve("doc/adr/0002-one.md"), "# 2. One\n");
        Files.writeString(clone.resolve("doc/adr/0002-two.md"), "# 2. Two\n");
        run(clone, "git", "add", "-A");
        run(clone, "git", "commit", "-qm", "A numbering clash made by hand");
        run(clone, "git", "push", "-q", "origin", "HEAD:main");

        assertThat(archive.archive(submission(UUID.randomUUID(), "Next")).adrPath()).isEqualTo("doc/adr/0003-next.md");
    }

    @Test
    void the_adr_folder_comes_from_adr_dir() throws IOException {
        Path clone = cloneOf(remote, temp.resolve("clone"));
        Files.writeString(clone.resolve(".adr-dir"), "architecture/decisions\n");
        run(clone, "git", "commit", "-qam", "Move the ADR log");
        run(clone, "git", "push", "-q", "origin", "HEAD:main");

        assertThat(archive.archive(submission(UUID.randomUUID(), "Elsewhere")).adrPath())
                .isEqualTo("architecture/decisions/0001-elsewhere.md");
    }

    @Test
    void an_unreachable_remote_fails_with_a_clear_message_and_nothing_is_committed_to_it() throws IOException {
        var broken = new GitDecisionArchive(new GitProperties(temp.resolve("no-such-remote.git").toString(), "main",
                temp.resolve("cache2"), false, "docs/design-reviews", null), CLOCK, new RepositoryLocks());

        assertThatThrownBy(() -> broken.archive(submission(UUID.randomUUID(), "Lost?")))
                .isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("Could not publish to the repository");
        assertThat(Files.exists(temp.resolve("no-such-remote.git"))).isFalse();
    }

    static DecisionArchive.Submission submission(UUID reviewId, String title) {
        String slug = title.toLowerCase().replace(' ', '-');
        return new DecisionArchive.Submission(reviewId, slug,
                number -> "# " + number + ". " + title + "\n\nDate: 2026-11-27\n\n## Status\n\nAccepted\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\nc\n",
                "2026-11-27-" + slug + ".md", "# Summary of the review\n",
                new DecisionArchive.Author("Mia Moderator", "mia@example.com"),
                "Record design review decision: " + title + "\n\n" + DecisionArchive.trailer(reviewId) + "\n",
                null, java.time.LocalDate.parse("2026-11-27"), null);
    }
}
