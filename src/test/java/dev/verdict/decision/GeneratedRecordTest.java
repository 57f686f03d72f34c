package dev.verdict.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.repository.AdrConvention;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary and the ADR read as a senior engineer would write them, line by line. */
class GeneratedRecordTest {

    private static final String CONTEXT = """
            Search results lag the database by up to an hour. Support gets 40 tickets a week about stale results.

            The design doc [docs/design/search.md](https://github.com/acme/search/blob/0123456789abcdef0123456789abcdef01234567/docs/design/search.md) \
            at commit `0123456` was reviewed in a design review moderated by Mia Moderator and decided by Alice Architect \
            (outcome: approved with conditions). The meeting's record is in the \
            [meeting summary](../../docs/design-reviews/2026-11-27-search-indexing.md).""";

    private final ReviewRecord record = RichRecord.record();
    private final String summary = SummaryWriter.summary(record, ZoneOffset.UTC, RichRecord.LINKS);
    private final String adr = AdrWriter.adr(AdrConvention.ADR_TOOLS, 12, record, ZoneOffset.UTC, RichRecord.LINKS);
    private final String madr = AdrWriter.adr(AdrConvention.MADR, 12, record, ZoneOffset.UTC, RichRecord.LINKS);

    @Test
    void the_context_carries_the_docs_problem_and_links_the_doc_at_its_commit_and_the_summary() {
        assertThat(section(adr, "## Context")).isEqualTo(CONTEXT);
        assertThat(section(madr, "## Context and Problem Statement")).isEqualTo(CONTEXT);
    }

    @Test
    void the_summary_links_the_adr_and_the_doc() {
        assertThat(summary.lines().toList()).contains(
                "- Design doc: [docs/design/search.md](https://github.com/acme/search/blob/"
                        + RichRecord.COMMIT + "/docs/design/search.md) at commit `0123456`",
                "- ADR: [0012-search-indexing.md](../../doc/adr/0012-search-indexing.md)");
    }

    @Test
    void without_a_known_host_the_doc_is_named_by_path_and_commit_and_a_pasted_doc_by_nothing() {
        var onOwnHost = new RecordLinks("docs/design/search.md", RichRecord.COMMIT, null, null, null);

        assertThat(AdrWriter.context(record, onOwnHost)).endsWith("\n\nThe design doc `docs/design/search.md` at commit `0123456` "
                + "was reviewed in a design review moderated by Mia Moderator and decided by Alice Architect "
                + "(outcome: approved with conditions).");
        assertThat(AdrWriter.context(record, RecordLinks.NONE)).endsWith("\n\nReviewed in a design review moderated by "
                + "Mia Moderator and decided by Alice Architect (outcome: approved with conditions).");
    }

    @Test
    void a_long_problem_section_is_cut_at_a_sentence_end() {
        String sentence = "Editors overwrite each other's changes in shared documents every day. ";
        var problem = ProblemStatement.of("# T\n\n## Problem & User Impact\n\n" + sentence.repeat(20) + "\n\n## Goals\n\n- Fast\n");

        assertThat(problem).hasValue(sentence.repeat(8).strip());
        assertThat(ProblemStatement.of("# T\n\n## Summary\n\nShort *summary*.\n")).hasValue("Short summary.");
        assertThat(ProblemStatement.of("# T\n\n## Goals\n\n- Fast\n")).isEmpty();
    }

    @Test
    void why_not_reads_as_a_sentence_after_because() {
        assertThat(adr.lines().toList()).contains("- Batch every minute: not chosen because it loads the database every minute.");
        assertThat(summary.lines().toList()).contains("- Batch every minute: not chosen because it loads the database every minute.");
        assertThat(section(madr, "### Batch every minute")).isEqualTo("* Bad, because it loads the database every minute");
        assertThat(SummaryWriter.whyNot(new AlternativeConsidered("CDC", "Debezium needs Kafka..")))
                .isEqualTo("- CDC: not chosen because Debezium needs Kafka.");
    }

    @Test
    void no_label_is_said_twice_no_quote_nests_and_no_full_stop_doubles() {
        assertThat(section(adr, "## Consequences").lines().toList()).containsExactly(
                "- Positive: Index lag under a minute",
                "- Risk: mx3p consumers stall | under \\<img src=x onerror=alert(1)\\> (owner: Bob\\_Author)",
                "- Neutral: two more consumers to run",
                "- Follow-up: \\# Write the runbook (Bob\\_Author, due 2026-12-04)",
                "",
                "Revisit this decision on 2027-06-01.");
        assertThat(section(madr, "## Decision Outcome")).startsWith("Chosen option: \"Stream changes through a 'durable' queue\", "
                + "because it keeps the index within a minute of the database.\n");
        assertThat(section(madr, "### Consequences")).contains(
                "* Bad, because of an open risk: mx3p consumers stall | under \\<img src=x onerror=alert(1)\\> (owner: Bob\\_Author)");
        assertThat(adr).doesNotContain("Risk: Risk", "database..", ". .", "Neutral: Neutral", "\"durable\" queue\",");
    }

    @Test
    void a_skipped_item_discussed_later_and_a_pre_read_parking_read_as_they_happened() {
        assertThat(summary.lines().toList()).contains(
                "| 1 | Problem | 10 min | 8:05 | - |",
                "| 2 | Failure modes \\| risks | 20 min | 25:00 | 5:00 |",
                "| 3 | Rollout (skipped) | 5 min | 0:10 | - |",
                "- From the pre-read (Proposal): Why five minutes? (Mia Moderator, before the meeting) → Next review",
                "- Multi-region \\[later\\] (Bob\\_Author, during \"Problem\") → Separate design doc: Bob writes it");
    }

    @Test
    void what_people_typed_is_escaped_everywhere_it_is_quoted() {
        assertThat(summary).startsWith("# Design review: Search \\*indexing\\* \\<img src=x onerror=alert(1)\\> \\& \\[queue\\]\n");
        assertThat(adr).startsWith("# 12. Search \\*indexing\\* \\<img src=x onerror=alert(1)\\> \\& \\[queue\\]\n");
        assertThat(summary.lines().toList()).contains(
                "| mx3p consumers stall \\| under \\<img src=x onerror=alert(1)\\> | High | Medium | Bob\\_Author | Autoscale \\*consumers\\* | no |",
                "- [ ] \\# Write the runbook (owner: Bob\\_Author, due 2026-12-04)",
                "- What about \\`reindex --all\\`? (Alice Architect, during \"Problem\")");
        for (String markdown : List.of(summary, adr, madr, AdrWriter.adr(AdrConvention.LOG4BRAINS, 0, record, ZoneOffset.UTC, RichRecord.LINKS))) {
            assertThat(markdown.replace("\\<", "")).doesNotContain("<img", "<b>");
        }
    }

    @Test
    void the_summary_ends_with_one_newline() {
        assertThat(summary).endsWith("## Decision notes\n\nNone.\n");
    }

    /** The text under a heading up to the next heading of any level, without the blank lines around it. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf(heading + "\n");
        assertThat(start).as("%s in%n%s", heading, markdown).isNotNegative();
        String rest = markdown.substring(start + heading.length() + 1);
        int end = rest.indexOf("\n#");
        return (end < 0 ? rest : rest.substring(0, end)).strip();
    }
}
