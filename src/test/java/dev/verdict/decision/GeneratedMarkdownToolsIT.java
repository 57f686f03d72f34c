package dev.verdict.decision;

import static dev.verdict.CommandLine.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.verdict.CommandLine;
import dev.verdict.repository.AdrConvention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Verdict writes, read back by the tools teams read it with: markdownlint-cli2 with its default
 * rules (line length aside), adr-tools' table of contents, log4brains' static site and a GitHub-like
 * renderer all show {@code <img src=x onerror=alert(1)>} as the text typed. Each skips where its
 * tool is missing (.ci/run installs them). The decision carries tags, which each tool reads where
 * its convention keeps them.
 */
class GeneratedMarkdownToolsIT {

    private static final String SHOWN = "&lt;img src=x onerror=alert(1)&gt;";
    private static final List<Extension> GFM = List.of(TablesExtension.create(), StrikethroughExtension.create());

    @TempDir
    Path temp;

    private final ReviewRecord record = RichRecord.tagged();

    @Test
    void markdownlint_finds_nothing_in_the_summary_and_each_conventions_adr() throws IOException {
        assumeTrue(CommandLine.onPath("markdownlint-cli2"), "markdownlint-cli2 is not installed (npm install -g markdownlint-cli2)");
        Files.writeString(temp.resolve(".markdownlint-cli2.jsonc"), "{\"config\": {\"MD013\": false}}\n");
        Files.writeString(temp.resolve("summary.md"), SummaryWriter.summary(record, ZoneOffset.UTC, RichRecord.LINKS));
        Files.writeString(temp.resolve("summary-unlinked.md"), SummaryWriter.summary(record, ZoneOffset.UTC));
        for (AdrConvention convention : AdrConvention.values()) {
            Files.writeString(temp.resolve(convention.name().toLowerCase() + ".md"),
                    AdrWriter.adr(convention, 12, record, ZoneOffset.UTC, RichRecord.LINKS));
        }

        String out = run(temp, 120, "markdownlint-cli2", "*.md");

        assertThat(out).contains("Linting: 5 files", "Summary: 0 issues in 0 files");
    }

    @Test
    void a_github_like_renderer_shows_the_tag_as_text() {
        var parser = Parser.builder().extensions(GFM).build();
        var renderer = HtmlRenderer.builder().extensions(GFM).escapeHtml(false).build();

        for (String markdown : Stream.concat(Stream.of(SummaryWriter.summary(record, ZoneOffset.UTC, RichRecord.LINKS)),
                Stream.of(AdrConvention.values()).map(c -> AdrWriter.adr(c, 12, record, ZoneOffset.UTC, RichRecord.LINKS))).toList()) {
            String html = renderer.render(parser.parse(markdown));
            assertThat(html).contains(SHOWN).doesNotContain("<img", "<b>");
        }
    }

    @Test
    void adr_tools_table_of_contents_shows_the_title_as_text() {
        assumeTrue(CommandLine.adrToolsInstalled(), "adr-tools is not installed (apt-get install adr-tools); .ci/run installs it");
        CommandLine.run(temp, "adr", "init", "doc/adr");
        writeString(temp.resolve("doc/adr/0002-search-indexing.md"), AdrWriter.adr(AdrConvention.ADR_TOOLS, 2, record, ZoneOffset.UTC));

        String toc = CommandLine.run(temp, "adr", "generate", "toc");
        assertThat(CommandLine.run(temp, "adr", "list").lines()).as("adr list still reads the ADR").containsExactly(
                "doc/adr/0001-record-architecture-decisions.md", "doc/adr/0002-search-indexing.md");

        assertThat(CommandLine.run(temp, "adr", "list").lines()).containsExactly(
                "doc/adr/0001-record-architecture-decisions.md", "doc/adr/0002-search-indexing.md");
        String html = HtmlRenderer.builder().escapeHtml(false).build().render(Parser.builder().build().parse(toc));
        assertThat(html).contains("<a href=\"0002-search-indexing.md\">2. Search *indexing* " + SHOWN + " &amp; [queue]</a>")
                .doesNotContain("<img");
    }

    @Test
    void log4brains_shows_the_title_and_a_risk_as_text() throws IOException {
        assumeTrue(CommandLine.onPath("log4brains"), "log4brains is not installed (npm install -g log4brains)");
        writeString(temp.resolve(".log4brains.yml"), "project:\n  name: verdict-test\n  tz: UTC\n  adrFolder: ./docs/adr\n");
        writeString(temp.resolve("docs/adr/20261127-search-indexing.md"), AdrWriter.adr(AdrConvention.LOG4BRAINS, 0, record, ZoneOffset.UTC));
        git(temp, "init", "-q");
        git(temp, "add", "-A");
        git(temp, "-c", "user.name=Mia", "-c", "user.email=mia@example.com", "commit", "-q", "-m", "ADR");

        CommandLine.forgetLog4brainsExport();
        run(temp, 300, "log4brains", "build", "--out", temp.resolve("out").toString());

        String adrs;
        try (Stream<Path> files = Files.walk(temp.resolve("out/data"))) {
            adrs = Files.readString(files.filter(p -> p.getFileName().toString().equals("adrs.json")).findFirst().orElseThrow());
        }
        assertThat(adrs).contains("\"title\":\"Search *indexing* <img src=x onerror=alert(1)> & [queue]\"");
        // The ADR's own page data (what its page shows) holds the tags log4brains parsed from "- Tags:".
        String pageData;
        try (Stream<Path> files = Files.walk(temp.resolve("out/_next/data"))) {
            pageData = Files.readString(files.filter(p -> p.getFileName().toString().equals("20261127-search-indexing.json"))
                    .findFirst().orElseThrow());
        }
        List<String> tags = com.jayway.jsonpath.JsonPath.read(pageData, "$.pageProps.currentAdr.tags");
        assertThat(tags).containsExactly("design-review", "search", "data-retention", "2027");
        Path pagePath = temp.resolve("out/adr/20261127-search-indexing/index.html");
        try (Stream<Path> files = Files.walk(temp.resolve("out"))) {
            assertThat(pagePath).as("the ADR's page among %s", files.filter(p -> !p.toString().contains("static")).toList()).exists();
        }
        String page = Files.readString(pagePath);
        assertThat(page).contains("Risk: mx3p consumers stall | under " + SHOWN + " (owner: Bob_Author)")
                .doesNotContain("<img src=x");
    }

    private static void writeString(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a tool that may take longer than CommandLine's minute (log4brains builds a site). */
    private static String run(Path dir, int seconds, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).as("%s timed out", List.of(command)).isTrue();
            assertThat(process.exitValue()).as("%s failed: %s", List.of(command), out).isZero();
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command[0] + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
