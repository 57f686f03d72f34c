package dev.verdict.publishing.git;

import static dev.verdict.CommandLine.git;

import dev.verdict.publishing.DecisionArchive;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing into a generated repository of 10 000 commits and 500 ADRs: Verdict's in-memory
 * commit + push (fetch, trailer search, numbering, push with the expected head) against the git
 * command line doing the same work in a clone (write the two files, add, commit, push), in the
 * same run. First-after-start is Verdict's first publication with an empty cache (a full fetch).
 * Run with `mvn -Pbench verify`.
 */
class PublishBenchmark {

    private static final int COMMITS = 10_000;
    private static final int ADRS = 500;
    private static final int RUNS = 30;
    private static final String ADR = "# %d. %s\n\nDate: 2026-11-27\n\n## Status\n\nAccepted\n\n## Context\n\nBenchmark.\n\n"
            + "## Decision\n\nWe decide.\n\n## Consequences\n\nSome.\n";

    @TempDir
    Path temp;

    @Test
    void publish_into_a_large_repository_against_the_git_command_line() throws Exception {
        Path verdictRemote = generate(temp.resolve("verdict-remote.git"));
        Path cliRemote = temp.resolve("cli-remote.git");
        git(temp, "clone", "-q", "--bare", verdictRemote.toUri().toString(), cliRemote.toString());

        var archive = new GitDecisionArchive(new GitProperties(verdictRemote.toString(), "main", temp.resolve("cache"), false,
                "docs/design-reviews", null), Clock.systemUTC(), new RepositoryLocks());
        long start = System.nanoTime();
        archive.archive(submission(0));
        double first = (System.nanoTime() - start) / 1e6;
        List<Double> verdict = new ArrayList<>();
        for (int i = 1; i <= RUNS; i++) {
            long t = System.nanoTime();
            archive.archive(submission(i));
            verdict.add((System.nanoTime() - t) / 1e6);
        }

        Path clone = temp.resolve("cli-clone");
        git(temp, "clone", "-q", cliRemote.toUri().toString(), clone.toString());
        List<Double> cli = new ArrayList<>();
        for (int i = 1; i <= RUNS; i++) {
            long t = System.nanoTime();
            int number = ADRS + 1 + i;
            String slug = "decision-" + i;
            Files.writeString(clone.resolve("doc/adr/%04d-%s.md".formatted(number, slug)), ADR.formatted(number, slug));
            Files.createDirectories(clone.resolve("docs/design-reviews"));
            Files.writeString(clone.resolve("docs/design-reviews/2026-11-27-" + slug + ".md"), "# Summary " + i + "\n");
            git(clone, "add", "doc/adr", "docs/design-reviews");
            git(clone, "commit", "-q", "-m", "Record design review decision: " + slug + "\n\nDesign-Review: " + UUID.randomUUID());
            git(clone, "push", "-q", "origin", "HEAD:main");
            cli.add((System.nanoTime() - t) / 1e6);
        }

        Collections.sort(verdict);
        Collections.sort(cli);
        System.out.printf("RESULT publish_first_ms %.1f ms%n", first);
        System.out.printf("RESULT publish_warm_p50_ms %.1f ms%n", median(verdict));
        System.out.printf("RESULT publish_warm_p95_ms %.1f ms%n", p95(verdict));
        System.out.printf("RESULT git_cli_warm_p50_ms %.1f ms%n", median(cli));
        System.out.printf("RESULT git_cli_warm_p95_ms %.1f ms%n", p95(cli));
        System.out.printf("RESULT publish_vs_git_ratio %.2f x%n", median(verdict) / median(cli));
    }

    private static DecisionArchive.Submission submission(int i) {
        UUID review = UUID.randomUUID();
        String slug = "verdict-decision-" + i;
        return new DecisionArchive.Submission(review, slug, number -> ADR.formatted(number, slug),
                "2026-11-27-" + slug + ".md", "# Summary " + i + "\n",
                new DecisionArchive.Author("Mia Moderator", "mia@example.com"),
                "Record design review decision: " + slug + "\n\n" + DecisionArchive.trailer(review) + "\n",
                null, LocalDate.parse("2026-11-27"), null);
    }

    /** 10 000 commits through git fast-import: every 20th adds an ADR, the others edit a changelog. */
    private static Path generate(Path bare) throws IOException, InterruptedException {
        git(bare.getParent(), "init", "-q", "--bare", "-b", "main", bare.toString());
        Process importer = new ProcessBuilder("git", "fast-import", "--quiet").directory(bare.toFile())
                .redirectErrorStream(true).redirectOutput(bare.resolve("fast-import.log").toFile()).start();
        try (OutputStream out = importer.getOutputStream()) {
            int adr = 0;
            for (int i = 1; i <= COMMITS; i++) {
                StringBuilder c = new StringBuilder();
                c.append("commit refs/heads/main\n");
                c.append("committer Bench <bench@example.com> ").append(1_700_000_000L + i).append(" +0000\n");
                String message = "Commit " + i + "\n";
                c.append("data ").append(message.getBytes(StandardCharsets.UTF_8).length).append('\n').append(message);
                String path;
                String content;
                if (i == 1) {
                    path = ".adr-dir";
                    content = "doc/adr\n";
                } else if (i % 20 == 0 && adr < ADRS) {
                    adr++;
                    path = "doc/adr/%04d-adr-%d.md".formatted(adr, adr);
                    content = ADR.formatted(adr, "adr " + adr);
                } else {
                    path = "src/changelog-" + (i % 50) + ".txt";
                    content = "change " + i + "\n";
                }
                byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
                c.append("M 100644 inline ").append(path).append('\n').append("data ").append(bytes.length).append('\n')
                        .append(content).append('\n');
                out.write(c.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        if (importer.waitFor() != 0) {
            throw new IllegalStateException("git fast-import failed: " + Files.readString(bare.resolve("fast-import.log")));
        }
        git(bare, "gc", "-q");
        return bare;
    }

    private static double median(List<Double> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private static double p95(List<Double> sorted) {
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }
}
