package dev.verdict.publishing.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verdict.AdrRepos;
import dev.verdict.publishing.ArchiveException;
import dev.verdict.repository.AdrConvention;
import dev.verdict.repository.AdrMetadata;
import dev.verdict.shared.MarkdownSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupersessionTest {

    private static final String RUST_ADR_TOOLS = "# 3. Use Rust\n\nDate: 2026-11-27\n\n## Status\n\nAccepted\n\n## Context\n\nc\n";
    private static final String RUST_MADR = "---\nstatus: accepted\ndate: 2026-11-27\n---\n\n# Use Rust\n\n## More Information\n\nDecided in review.\n";

    @Test
    void superseding_a_crlf_adr_changes_its_status_and_keeps_its_line_endings() {
        String old = AdrRepos.files("adr-tools-crlf").get("doc/adr/0002-use-java.md");

        var linked = Supersession.link(AdrConvention.ADR_TOOLS, RUST_ADR_TOOLS, "0003-use-rust.md", old, "0002-use-java.md");

        assertThat(linked.oldAdr()).isEqualTo(old.replace("## Status\r\n\r\nAccepted\r\n",
                "## Status\r\n\r\nSuperseded by [3. Use Rust](0003-use-rust.md)\r\n"));
        assertThat(linked.oldAdr().replace("\r\n", "")).doesNotContain("\n");
        assertThat(linked.newAdr()).contains("## Status\n\nAccepted\n\nSupersedes [2. Use Java](0002-use-java.md)\n\n## Context");
    }

    @Test
    void madr_supersede_writes_the_front_matter_status_and_keeps_the_body_byte_identical() {
        String old = AdrRepos.files("madr4").get("docs/decisions/0001-use-java.md");

        var linked = Supersession.link(AdrConvention.MADR, RUST_MADR, "0003-use-rust.md", old, "0001-use-java.md");

        assertThat(linked.oldAdr()).isEqualTo(old.replaceFirst("status: accepted\n",
                "status: \"superseded by [Use Rust](0003-use-rust.md)\"\n"));
        assertThat(MarkdownSource.split(linked.oldAdr()).body()).isEqualTo(MarkdownSource.split(old).body())
                .contains("```yaml\n---\nstatus: accepted\n");
        assertThat(linked.newAdr()).contains("## More Information\n\nSupersedes [Use Java as developing language](0001-use-java.md).\n\n");
    }

    @Test
    void madr_front_matter_without_a_status_gets_one_before_its_closing_fence() {
        String old = AdrRepos.files("madr4").get("docs/decisions/0002-use-postgresql.md");

        var linked = Supersession.link(AdrConvention.MADR, RUST_MADR, "0003-use-rust.md", old, "0002-use-postgresql.md");

        assertThat(linked.oldAdr()).startsWith("---\ndate: 2024-02-01\ndecision-makers: Alice\n"
                + "status: \"superseded by [Use Rust](0003-use-rust.md)\"\n---\n\n# Use PostgreSQL as database\n");
        assertThat(AdrMetadata.frontMatter(linked.oldAdr(), "status")).contains("superseded by [Use Rust](0003-use-rust.md)");
    }

    @Test
    void madr_2_list_style_status_is_rewritten_in_place() {
        String old = AdrRepos.files("madr2").get("docs/adr/0001-use-java.md");

        var linked = Supersession.link(AdrConvention.MADR, RUST_MADR, "0002-use-rust.md", old, "0001-use-java.md");

        assertThat(linked.oldAdr()).isEqualTo(old.replace("* Status: accepted <!-- optional -->\n",
                "* Status: superseded by [Use Rust](0002-use-rust.md)\n"));
    }

    @Test
    void log4brains_supersede_is_written_as_log4brains_writes_it() {
        String old = AdrRepos.files("log4brains").get("docs/adr/20210304-use-java.md");
        String rust = "# Use Rust\n\n- Status: accepted\n- Date: 2026-11-27\n\n## Context\n\nc\n\n## Links\n\n- Consulted: Bob\n";

        var linked = Supersession.link(AdrConvention.LOG4BRAINS, rust, "20261127-use-rust.md", old, "20210304-use-java.md");

        assertThat(linked.oldAdr()).isEqualTo(old.replace("- status: accepted <!-- optional -->\n",
                "- status: superseded by [20261127-use-rust](20261127-use-rust.md)\n"));
        assertThat(linked.newAdr()).endsWith("## Links\n\n- Consulted: Bob\n- Supersedes [20210304-use-java](20210304-use-java.md)\n");
    }

    @Test
    void an_adr_without_a_status_to_mark_refuses_the_publication_with_a_clear_message() {
        assertThatThrownBy(() -> Supersession.link(AdrConvention.LOG4BRAINS, "# Use Rust\n\n- Status: accepted\n",
                "20261127-use-rust.md", "# Use Java\n\nJust prose.\n", "20210304-use-java.md"))
                .isInstanceOf(ArchiveException.class)
                .hasMessage("Could not mark 20210304-use-java.md as superseded: it has no Status bullet to mark; nothing was"
                        + " committed. Edit its status by hand, or publish without superseding it");
    }

    @Test
    void madr_adr_log_index_lists_every_adr_between_its_markers_keeping_its_own_marker_and_the_rest() {
        Map<String, String> files = AdrRepos.files("madr4");
        String index = files.get("docs/decisions/index.md");
        List<String> names = List.of("0000-use-markdown-architectural-decision-records.md", "0001-use-java.md",
                "0002-use-postgresql.md", "0003-use-rust.md");

        String regenerated = AdrIndex.regenerate(index, names,
                name -> name.equals("0003-use-rust.md") ? RUST_MADR : files.get("docs/decisions/" + name));

        assertThat(regenerated).isEqualTo(index.replace("- [ADR-0002](0002-use-postgresql.md) - Use PostgreSQL as database\n",
                "- [ADR-0002](0002-use-postgresql.md) - Use PostgreSQL as database\n- [ADR-0003](0003-use-rust.md) - Use Rust\n"));
    }

    @Test
    void an_adr_tools_toc_saved_with_crlf_stays_crlf() {
        String toc = "# ADRs\r\n\r\n* [1. Record](0001-record.md)\r\n\r\nBy hand.\r\n";

        String regenerated = AdrIndex.regenerate(toc, List.of("0001-record.md", "0002-use-java.md"),
                name -> name.startsWith("0001") ? "# 1. Record\n" : "# 2. Use Java\r\n");

        assertThat(regenerated).isEqualTo("# ADRs\r\n\r\n* [1. Record](0001-record.md)\r\n* [2. Use Java](0002-use-java.md)\r\n\r\nBy hand.\r\n");
    }
}
