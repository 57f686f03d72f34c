package dev.verdict.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DocOutlineTest {

    @Test
    void a_bom_before_front_matter_is_not_content() {
        String doc = "\uFEFF---\ntitle: Cache design\n---\n\n## Goals\n\nFast reads.\n\n## Rollback\n\nFlag off.\n\n## Failure modes\n\nGit down.\n";

        assertThat(DocOutline.titles(doc)).containsExactly("Goals", "Rollback", "Failure modes");
    }

    @Test
    void a_bom_before_the_first_h1_of_an_rfc_keeps_that_section() {
        String doc = "\uFEFF# Summary\n\nOne line.\n\n# Motivation\n\nWhy.\n\n# Drawbacks\n\nCost.\n";

        assertThat(DocOutline.titles(doc)).containsExactly("Summary", "Motivation", "Drawbacks");
    }

    @Test
    void a_doc_with_bare_cr_line_endings_has_its_outline_and_becomes_an_agenda() {
        String doc = "# Cache design\r\r## Goals\r\rServe reads fast.\r\r## Rollback\r\rTurn the flag off.\r";

        assertThat(DocOutline.of(doc)).extracting(DocOutline.Section::body)
                .containsExactly("## Goals\n\nServe reads fast.\n", "## Rollback\n\nTurn the flag off.\n");
        assertThat(new AgendaPlanner().plan(doc, 45)).extracting(PlannedItem::title)
                .containsExactly("Goals", "Rollback", "Alternatives and tradeoffs", "Decision & follow-ups");
        assertThat(new ReadinessCheck().check(doc).findings()).isNotEmpty();
    }

    @Test
    void a_crlf_doc_with_one_stray_cr_gives_the_same_section_bodies_as_its_lf_twin() {
        String lf = "# Cache design\n\n## Goals\n\nServe reads fast.\n\n## Rollback\n\nTurn the flag off.\n";
        String mixed = lf.replace("\n", "\r\n").replaceFirst("Serve reads fast\\.\r\n", "Serve reads fast.\r");

        assertThat(DocOutline.of(mixed)).isEqualTo(DocOutline.of(lf));
    }

    @Test
    void a_setext_heading_over_two_lines_keeps_the_space_between_them() {
        assertThat(DocOutline.titles("# Doc\n\nCache and\nqueue design\n---\n\ntext\n\n## Rollback\n"))
                .containsExactly("Cache and queue design", "Rollback");
    }

    @Test
    void front_matter_with_comments_quotes_and_lists_is_skipped_whole() {
        String doc = """
                ---
                # a comment: with a colon
                title: "Cache: design"
                reviewers:
                  - alice
                  - bob
                ---
                ## Goals
                Fast.
                """;

        assertThat(DocOutline.titles(doc)).containsExactly("Goals");
    }

    /** Generated docs, seeded so a failure names the doc that broke it. */
    static List<Long> seeds() {
        return new Random(20261130).longs(300).boxed().toList();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void any_bom_line_ending_or_front_matter_variant_gives_the_outline_of_the_plain_doc(long seed) {
        Random random = new Random(seed);
        String plain = generatedDoc(random);
        List<DocOutline.Section> expected = DocOutline.of(plain);

        String variant = plain;
        if (random.nextBoolean()) {
            variant = "---\ntitle: \"Generated: " + seed + "\"\n# a comment\ntags: [a, b]\n---\n" + variant;
        }
        String ending = List.of("\n", "\r\n", "\r").get(random.nextInt(3));
        StringBuilder mixed = new StringBuilder();
        String previous = "";
        for (String line : variant.split("\n", -1)) {
            String end = random.nextInt(10) == 0 ? List.of("\n", "\r\n", "\r").get(random.nextInt(3)) : ending;
            if (line.isEmpty() && previous.equals("\r") && end.equals("\n")) {
                end = "\r"; // a CR then an LF is one CRLF line break, not two: keep the blank line a blank line
            }
            mixed.append(line).append(end);
            previous = end;
        }
        variant = mixed.substring(0, mixed.length() - previous.length()); // split() gave one line after the last LF
        if (random.nextBoolean()) {
            variant = "\uFEFF" + variant;
        }
        String doc = variant;

        assertThat(DocOutline.of(doc)).as("seed %d", seed).isEqualTo(expected);
        assertThatCode(() -> {
            new AgendaPlanner().plan(doc, 15 + random.nextInt(166));
            new ReadinessCheck().check(doc);
        }).as("seed %d", seed).doesNotThrowAnyException();
    }

    private static String generatedDoc(Random random) {
        StringBuilder doc = new StringBuilder();
        if (random.nextBoolean()) {
            doc.append(random.nextBoolean() ? "# Generated design\n\n" : "Generated\ndesign\n===\n\n");
        }
        List<String> names = List.of("Problem", "Goals", "Non-Goals", "Proposal", "Rollback", "Failure modes",
                "Alternatives", "Open questions", "Appendix A", "Table of contents");
        int sections = 1 + random.nextInt(8);
        String marker = random.nextInt(4) == 0 ? "# " : "## ";
        for (int i = 0; i < sections; i++) {
            String name = names.get(random.nextInt(names.size())) + " " + i;
            if (random.nextInt(5) == 0 && marker.equals("## ")) {
                doc.append(name).append("\n---\n\n");
            } else {
                doc.append(marker).append(name).append("\n\n");
            }
            for (int p = random.nextInt(4); p > 0; p--) {
                doc.append(switch (random.nextInt(4)) {
                    case 0 -> "Some words about it, " + random.nextInt(1000) + " of them.\n";
                    case 1 -> "```\n## not a heading\n```\n";
                    case 2 -> "- [x] done\n- item\n";
                    default -> "### Sub " + p + "\n\nDetail.\n";
                }).append('\n');
            }
        }
        return doc.toString();
    }
}
