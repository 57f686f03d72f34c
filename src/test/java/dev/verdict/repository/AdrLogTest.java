package dev.verdict.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.verdict.AdrRepos;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdrLogTest {

    @Test
    void adr_tools_status_sections_give_status_links_and_the_supersede_chain() {
        var log = AdrLog.parse("abc", AdrConvention.ADR_TOOLS, "doc/adr", Map.of(
                "doc/adr/0001-record-architecture-decisions.md", "# 1. Record architecture decisions\n\nDate: 2026-01-02\n\n## Status\n\nAccepted\n\n## Context\n",
                "doc/adr/0002-use-java.md", "# 2. Use Java\n\nDate: 2026-03-04\n\n## Status\n\nSuperseded by [3. Use Rust](0003-use-rust.md)\n\n## Context\n",
                "doc/adr/0003-use-rust.md", "# 3. Use Rust\n\nDate: 2026-05-06\n\n## Status\n\nAccepted\n\nSupersedes [2. Use Java](0002-use-java.md)\n\n## Context\n",
                "doc/adr/README.md", "# Index\n"));

        assertThat(log.entries()).extracting(AdrLog.Entry::label).containsExactly(
                "0001 · Record architecture decisions (Accepted)", "0002 · Use Java (Superseded)", "0003 · Use Rust (Accepted)");
        assertThat(log.find("doc/adr/0003-use-rust.md").orElseThrow().links())
                .containsExactly(new AdrLog.Link("Supersedes", "0002-use-java.md"));
        assertThat(log.supersedeChain("doc/adr/0002-use-java.md")).extracting(AdrLog.Entry::number).containsExactly(2, 3);
        assertThat(log.find("doc/adr/0002-use-java.md").orElseThrow().date()).isEqualTo("2026-03-04");
    }

    @Test
    void a_status_that_links_an_adr_reads_as_text_naming_that_adr_not_as_a_raw_link() {
        var log4brains = AdrLog.parse("abc", AdrConvention.LOG4BRAINS, "docs/adr", Map.of(
                "docs/adr/20260101-first.md", "# First\n\n- Status: superseded by [20260301-second](20260301-second.md)\n",
                "docs/adr/20260301-second.md", "# Second thoughts\n\n- Status: accepted\n",
                "docs/adr/20260401-third.md", "# Third\n\n- Status: superseded by [elsewhere](../other/x.md)\n"));

        var first = log4brains.find("docs/adr/20260101-first.md").orElseThrow();
        assertThat(first.statusText()).isEqualTo("Superseded by 20260301-second");
        assertThat(log4brains.statusOf(first)).isEqualTo("Superseded by 20260301 · Second thoughts");
        assertThat(log4brains.statusOf(log4brains.find("docs/adr/20260301-second.md").orElseThrow())).isEqualTo("Accepted");
        assertThat(log4brains.statusOf(log4brains.find("docs/adr/20260401-third.md").orElseThrow())).isEqualTo("Superseded by elsewhere");
        assertThat(first.label()).isEqualTo("20260101 · First (Superseded by 20260301-second)");
    }

    @Test
    void madr_front_matter_and_log4brains_bullets_give_their_status() {
        var madr = AdrLog.parse("abc", AdrConvention.MADR, "docs/decisions", Map.of(
                "docs/decisions/0004-queue.md", "---\nstatus: \"superseded by [ADR-0005](0005-stream.md)\"\ndate: 2026-02-01\n---\n# Queue it\n"));
        var log4brains = AdrLog.parse("abc", AdrConvention.LOG4BRAINS, "docs/adr", Map.of(
                "docs/adr/20260101-first.md", "# First\n\n- Status: accepted\n- Deciders: Alice\n\n## Context\n- Status: not this\n"));

        var queue = madr.entries().getFirst();
        assertThat(queue.status()).isEqualTo("superseded by [ADR-0005](0005-stream.md)");
        assertThat(queue.supersededBy()).contains("0005-stream.md");
        assertThat(queue.date()).isEqualTo("2026-02-01");
        var first = log4brains.entries().getFirst();
        assertThat(first.id()).isEqualTo("20260101");
        assertThat(first.status()).isEqualTo("accepted");
        assertThat(first.date()).isEqualTo("2026-01-01");
        assertThat(first.title()).isEqualTo("First");
    }

    @Test
    void madr_4_titles_are_the_first_heading_after_the_front_matter_not_its_template_comment() {
        var log = parse("madr4", AdrConvention.MADR, "docs/decisions");

        assertThat(log.entries()).extracting(AdrLog.Entry::label).containsExactly(
                "0000 · Use Markdown Architectural Decision Records (Accepted)",
                "0001 · Use Java as developing language (Accepted)",
                "0002 · Use PostgreSQL as database (Unknown)");
        assertThat(log.find("docs/decisions/0001-use-java.md").orElseThrow().date()).isEqualTo("2024-01-10");
        assertThat(log.nextNumber()).isEqualTo(3);
    }

    @Test
    void log4brains_metadata_keys_are_read_in_any_case_without_their_html_comments() {
        var entry = parse("log4brains", AdrConvention.LOG4BRAINS, "docs/adr").entries();

        assertThat(entry).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo("accepted");
            assertThat(e.date()).isEqualTo("2021-03-04");
            assertThat(e.title()).isEqualTo("Use Java as developing language");
        });
    }

    @Test
    void madr_2_list_metadata_gives_status_and_date() {
        var entry = parse("madr2", AdrConvention.MADR, "docs/adr").find("docs/adr/0001-use-java.md").orElseThrow();

        assertThat(entry.status()).isEqualTo("accepted");
        assertThat(entry.date()).isEqualTo("2021-03-04");
        assertThat(entry.title()).isEqualTo("Use Java as developing language");
    }

    @Test
    void a_three_digit_repository_is_read_and_continued_with_three_digits() {
        var log = parse("three-digit", AdrConvention.ADR_TOOLS, "doc/adr");

        assertThat(log.entries()).extracting(AdrLog.Entry::id).containsExactly("001", "002");
        assertThat(log.numbering().fileName("use-rust")).isEqualTo("003-use-rust.md");
    }

    @Test
    void an_adr_saved_with_crlf_reads_like_any_other() {
        var entry = parse("adr-tools-crlf", AdrConvention.ADR_TOOLS, "doc/adr").find("doc/adr/0002-use-java.md").orElseThrow();

        assertThat(entry.label()).isEqualTo("0002 · Use Java (Accepted)");
        assertThat(entry.date()).isEqualTo("2021-03-04");
    }

    @Test
    void a_log4brains_supersede_as_log4brains_writes_it_makes_the_chain() {
        var log = AdrLog.parse("abc", AdrConvention.LOG4BRAINS, "docs/adr", Map.of(
                "docs/adr/20210304-use-java.md", "# Use Java\n\n- Status: superseded by [20261127-use-rust](20261127-use-rust.md)\n\n## Context\n",
                "docs/adr/20261127-use-rust.md", "# Use Rust\n\n- Status: accepted\n\n## Links\n\n- Supersedes [20210304-use-java](20210304-use-java.md)\n"));

        assertThat(log.supersedeChain("docs/adr/20210304-use-java.md")).extracting(AdrLog.Entry::id)
                .containsExactly("20210304", "20261127");
        assertThat(log.find("docs/adr/20261127-use-rust.md").orElseThrow().links())
                .containsExactly(new AdrLog.Link("Supersedes", "20210304-use-java.md"));
    }

    private static AdrLog parse(String layout, AdrConvention convention, String dir) {
        var files = new java.util.TreeMap<String, String>();
        AdrRepos.files(layout).forEach((path, text) -> {
            if (path.startsWith(dir + "/")) {
                files.put(path, text);
            }
        });
        return AdrLog.parse("abc", convention, dir, files);
    }

    @Test
    void tags_and_deciders_come_from_madr_front_matter_lists_or_strings_and_from_log4brains_bullets() {
        var madr = AdrLog.parse("abc", AdrConvention.MADR, "docs/decisions", Map.of(
                "docs/decisions/0001-a.md", "---\nstatus: accepted\ndecision-makers: [Carol, Dan]\ntags:\n  - caching\n  - ops\n---\n\n# A\n",
                "docs/decisions/0002-b.md", "---\nstatus: accepted\ndeciders: Erin, Finn\ntags: caching, storage\n---\n\n# B\n"));
        assertThat(madr.entries()).extracting(AdrLog.Entry::tags, AdrLog.Entry::deciders).containsExactly(
                tuple(List.of("caching", "ops"), List.of("Carol", "Dan")),
                tuple(List.of("caching", "storage"), List.of("Erin", "Finn")));
        var log4brains = AdrLog.parse("abc", AdrConvention.LOG4BRAINS, "docs/adr", AdrRepos.files("log4brains"));
        assertThat(log4brains.entries()).singleElement().satisfies(e -> {
            assertThat(e.tags()).containsExactly("backend");
            assertThat(e.deciders()).containsExactly("Alice", "Bob");
        });
        var adrTools = AdrLog.parse("abc", AdrConvention.ADR_TOOLS, "doc/adr", AdrRepos.files("adr-tools-crlf"));
        assertThat(adrTools.entries()).isNotEmpty().allSatisfy(e -> assertThat(e.tags()).isEmpty());
    }
}
