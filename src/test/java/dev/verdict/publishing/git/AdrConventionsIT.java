package dev.verdict.publishing.git;

import static dev.verdict.CommandLine.git;
import static dev.verdict.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import dev.verdict.AdrRepos;
import dev.verdict.CommandLine;
import dev.verdict.publishing.DecisionArchive;
import dev.verdict.publishing.DecisionArchive.Archived;
import dev.verdict.repository.AdrConvention;
import dev.verdict.repository.AdrMetadata;
import dev.verdict.repository.PublishMode;
import dev.verdict.repository.PublishTarget;
import dev.verdict.repository.RepositoryMirror;
import dev.verdict.repository.RepositoryProbe.Credentials;
import dev.verdict.repository.RepositoryUrl;
import dev.verdict.shared.MarkdownSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publish-and-supersede round trips on the fixture corpus (src/test/resources/adr-repos), each
 * read back with the convention's own tool: adr-tools' {@code adr}, {@code adr-log} and
 * {@code log4brains} (npm).
 */
class AdrConventionsIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private static final IntFunction<String> RUST_ADR_TOOLS = n -> "# " + n + ". Use Rust\n\nDate: 2026-11-27\n\n## Status\n\n"
            + "Accepted\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\nc\n";
    private static final IntFunction<String> RUST_MADR = n -> "---\nstatus: accepted\ndate: 2026-11-27\n---\n\n# Use Rust\n\n"
            + "## Context and Problem Statement\n\nc\n\n## More Information\n\nDecided in a design review.\n";
    private static final IntFunction<String> RUST_LOG4BRAINS = n -> "# Use Rust\n\n- Status: accepted\n- Date: 2026-11-27\n\n"
            + "## Context and Problem Statement\n\nc\n\n## Links\n\n- Consulted: Bob\n";

    @TempDir
    Path temp;
    GitDecisionArchive archive;

    @BeforeEach
    void archive() throws IOException {
        archive = new GitDecisionArchive(GitTestSupport.properties(), CLOCK, new RepositoryLocks());
    }

    @Test
    void superseding_an_adr_saved_with_crlf_marks_it_as_adr_new_s_would_and_keeps_crlf() throws IOException {
        assumeTrue(CommandLine.adrToolsInstalled(), "adr-tools is not installed (apt-get install adr-tools); .ci/run installs it");
        Path bare = AdrRepos.bareRepository("adr-tools-crlf", temp);

        Archived archived = archive.archive(submission(target(bare, AdrConvention.ADR_TOOLS, "doc/adr", PublishMode.PUSH),
                RUST_ADR_TOOLS, "doc/adr/0002-use-java.md"));

        assertThat(archived.adrPath()).isEqualTo("doc/adr/0003-use-rust.md");
        Path clone = AdrRepos.clone(bare, temp.resolve("clone"));
        String old = Files.readString(clone.resolve("doc/adr/0002-use-java.md"));
        assertThat(old).isEqualTo(AdrRepos.files("adr-tools-crlf").get("doc/adr/0002-use-java.md")
                .replace("## Status\r\n\r\nAccepted\r\n", "## Status\r\n\r\nSuperseded by [3. Use Rust](0003-use-rust.md)\r\n"));
        assertThat(run(clone, "adr", "generate", "graph")).contains("_3 -> _2 [label=\"Supersedes\", weight=0]");
        assertThat(run(clone, "adr", "list").lines()).containsExactly("doc/adr/0001-record-architecture-decisions.md",
                "doc/adr/0002-use-java.md", "doc/adr/0003-use-rust.md");
    }

    @Test
    void a_three_digit_repository_gets_003_and_its_toc_matches_adr_generate_toc() throws IOException {
        assumeTrue(CommandLine.adrToolsInstalled(), "adr-tools is not installed (apt-get install adr-tools); .ci/run installs it");
        Path bare = AdrRepos.bareRepository("three-digit", temp);

        Archived archived = archive.archive(submission(target(bare, AdrConvention.ADR_TOOLS, "doc/adr", PublishMode.PUSH),
                RUST_ADR_TOOLS, null));

        assertThat(archived.adrPath()).isEqualTo("doc/adr/003-use-rust.md");
        Path clone = AdrRepos.clone(bare, temp.resolve("clone"));
        assertThat(run(clone, "adr", "list").lines()).containsExactly("doc/adr/001-record-architecture-decisions.md",
                "doc/adr/002-use-java.md", "doc/adr/003-use-rust.md");
        assertThat(Files.readString(clone.resolve("doc/adr/README.md"))).isEqualTo("# Architecture Decision Records\n\n"
                + "* [1. Record architecture decisions](001-record-architecture-decisions.md)\n"
                + "* [2. Use Java](002-use-java.md)\n* [3. Use Rust](003-use-rust.md)\n");
        assertThat(Files.readString(clone.resolve("doc/adr/README.md")).lines().filter(l -> l.startsWith("* [")))
                .containsExactlyElementsOf(run(clone, "adr", "generate", "toc").lines().filter(l -> l.startsWith("* [")).toList());
    }

    @Test
    void madr_4_supersede_writes_front_matter_only_and_regenerates_the_adr_log_index_in_the_same_commit() throws IOException {
        Path bare = AdrRepos.bareRepository("madr4", temp);

        Archived archived = archive.archive(submission(target(bare, AdrConvention.MADR, "docs/decisions", PublishMode.PUSH),
                RUST_MADR, "docs/decisions/0001-use-java.md"));

        assertThat(archived.adrPath()).isEqualTo("docs/decisions/0003-use-rust.md");
        Path clone = AdrRepos.clone(bare, temp.resolve("clone"));
        assertThat(git(clone, "show", "--name-only", "--format=", archived.commitId()).lines()).containsExactlyInAnyOrder(
                "docs/decisions/0001-use-java.md", "docs/decisions/0003-use-rust.md", "docs/decisions/index.md",
                archived.summaryPath());
        String fixture = AdrRepos.files("madr4").get("docs/decisions/0001-use-java.md");
        String old = Files.readString(clone.resolve("docs/decisions/0001-use-java.md"));
        assertThat(AdrMetadata.frontMatter(old, "status")).contains("superseded by [Use Rust](0003-use-rust.md)");
        assertThat(MarkdownSource.split(old).body()).isEqualTo(MarkdownSource.split(fixture).body());
        assertThat(Files.readString(clone.resolve("docs/decisions/0003-use-rust.md")))
                .contains("Supersedes [Use Java as developing language](0001-use-java.md).");
        List<String> index = adrLogLines(Files.readString(clone.resolve("docs/decisions/index.md")));
        assertThat(index).containsExactly(
                "- [ADR-0000](0000-use-markdown-architectural-decision-records.md) - Use Markdown Architectural Decision Records",
                "- [ADR-0001](0001-use-java.md) - Use Java as developing language",
                "- [ADR-0002](0002-use-postgresql.md) - Use PostgreSQL as database",
                "- [ADR-0003](0003-use-rust.md) - Use Rust");

        assumeTrue(CommandLine.onPath("adr-log"), "adr-log is not installed (npm install -g adr-log); .ci/run installs it");
        List<String> real = adrLogLines(run(clone.resolve("docs/decisions"), "adr-log", "-d", ".", "-e", "adr-template.md"));
        // adr-log writes "*" and, for a file with a blank line after its front matter, an empty title (it takes the first line).
        assertThat(real).extracting(AdrConventionsIT::link).containsExactlyElementsOf(index.stream().map(AdrConventionsIT::link).toList());
    }

    @Test
    void madr_2_supersede_rewrites_its_status_bullet_and_lists_the_new_adr_in_its_index() throws IOException {
        Path bare = AdrRepos.bareRepository("madr2", temp);

        Archived archived = archive.archive(submission(target(bare, AdrConvention.MADR, "docs/adr", PublishMode.PUSH),
                RUST_MADR, "docs/adr/0001-use-java.md"));

        assertThat(archived.adrPath()).isEqualTo("docs/adr/0002-use-rust.md");
        Path clone = AdrRepos.clone(bare, temp.resolve("clone"));
        assertThat(Files.readString(clone.resolve("docs/adr/0001-use-java.md"))).isEqualTo(AdrRepos.files("madr2")
                .get("docs/adr/0001-use-java.md").replace("* Status: accepted <!-- optional -->\n",
                        "* Status: superseded by [Use Rust](0002-use-rust.md)\n"));
        assertThat(adrLogLines(Files.readString(clone.resolve("docs/adr/index.md")))).containsExactly(
                "* [ADR-0000](0000-use-markdown-architectural-decision-records.md) - Use Markdown Architectural Decision Records",
                "* [ADR-0001](0001-use-java.md) - Use Java as developing language",
                "* [ADR-0002](0002-use-rust.md) - Use Rust");
    }

    @Test
    void log4brains_reads_back_the_supersede_verdict_wrote() throws IOException {
        Path bare = AdrRepos.bareRepository("log4brains", temp);

        Archived archived = archive.archive(submission(target(bare, AdrConvention.LOG4BRAINS, "docs/adr", PublishMode.PUSH),
                RUST_LOG4BRAINS, "docs/adr/20210304-use-java.md"));

        assertThat(archived.adrPath()).isEqualTo("docs/adr/20261127-use-rust.md");
        Path clone = AdrRepos.clone(bare, temp.resolve("clone"));
        assertThat(Files.readString(clone.resolve("docs/adr/20210304-use-java.md")))
                .contains("- status: superseded by [20261127-use-rust](20261127-use-rust.md)\n");
        assertThat(Files.readString(clone.resolve(archived.adrPath())))
                .endsWith("- Consulted: Bob\n- Supersedes [20210304-use-java](20210304-use-java.md)\n");

        assumeTrue(CommandLine.onPath("log4brains"), "log4brains is not installed (npm install -g log4brains); .ci/run installs it");
        CommandLine.forgetLog4brainsExport();
        run(clone, "log4brains", "build", "--out", temp.resolve("site").toString());
        String adrs;
        try (Stream<Path> files = Files.walk(temp.resolve("site"))) {
            adrs = Files.readString(files.filter(p -> p.getFileName().toString().equals("adrs.json")).findFirst().orElseThrow());
        }
        List<String> oldStatus = JsonPath.read(adrs, "$[?(@.slug == '20210304-use-java')].status");
        List<String> newStatus = JsonPath.read(adrs, "$[?(@.slug == '20261127-use-rust')].status");
        List<String> newTitle = JsonPath.read(adrs, "$[?(@.slug == '20261127-use-rust')].title");
        assertThat(oldStatus).containsExactly("superseded");
        assertThat(newStatus).containsExactly("accepted");
        assertThat(newTitle).containsExactly("Use Rust");
    }

    @Test
    void two_reviews_published_as_pull_requests_before_either_is_merged_get_different_numbers() {
        Path bare = AdrRepos.bareRepository("adr-tools-crlf", temp);
        var target = target(bare, AdrConvention.ADR_TOOLS, "doc/adr", PublishMode.PULL_REQUEST);

        Archived first = archive.archive(submission(target, UUID.randomUUID(), "use-rust", RUST_ADR_TOOLS, null));
        Archived second = archive.archive(submission(target, UUID.randomUUID(), "use-go", RUST_ADR_TOOLS, null));

        assertThat(first.adrPath()).isEqualTo("doc/adr/0003-use-rust.md");
        assertThat(second.adrPath()).isEqualTo("doc/adr/0004-use-go.md");
        assertThat(first.branch()).startsWith("design-review/use-rust-");
        assertThat(second.branch()).startsWith("design-review/use-go-");
    }

    /** "[ADR-0001](0001-use-java.md)" from an adr-log line (adr-log trims the last line's trailing space). */
    private static String link(String line) {
        return line.replaceFirst("^[*-] (\\[ADR-[^]]*\\]\\([^)]*\\)).*$", "$1");
    }

    /** The list lines adr-log keeps between its markers. */
    private static List<String> adrLogLines(String index) {
        return index.lines().filter(l -> l.matches("^[*-] \\[ADR-.*")).toList();
    }

    private static PublishTarget target(Path bare, AdrConvention convention, String adrDir, PublishMode mode) {
        return new PublishTarget("fixture", new RepositoryMirror.Target(UUID.nameUUIDFromBytes(bare.toString().getBytes()),
                RepositoryUrl.of(bare.toString(), true), "main", Credentials.NONE), convention, adrDir, "docs/design-reviews", mode);
    }

    private static DecisionArchive.Submission submission(PublishTarget target, IntFunction<String> adr, String supersedes) {
        return submission(target, UUID.randomUUID(), "use-rust", adr, supersedes);
    }

    private static DecisionArchive.Submission submission(PublishTarget target, UUID review, String slug, IntFunction<String> adr,
                                                         String supersedes) {
        return new DecisionArchive.Submission(review, slug, adr, "2026-11-27-" + slug + ".md", "# Summary of the review\n",
                new DecisionArchive.Author("Mia Moderator", "mia@example.com"),
                "Record design review decision: " + slug + "\n\n" + DecisionArchive.trailer(review) + "\n",
                target, LocalDate.parse("2026-11-27"), supersedes);
    }
}
