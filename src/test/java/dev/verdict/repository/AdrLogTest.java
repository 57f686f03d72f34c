package dev.verdict.repository;

import static org.assertj.core.api.Assertions.assertThat;

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
}
