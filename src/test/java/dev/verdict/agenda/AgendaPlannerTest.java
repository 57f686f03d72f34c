package dev.verdict.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verdict.Fixtures;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgendaPlannerTest {

    private final AgendaPlanner planner = new AgendaPlanner();

    @Test
    void the_guide_example_keeps_its_order_and_its_open_questions_close_the_meeting() {
        List<PlannedItem> plan = planner.plan(Fixtures.designDoc(Fixtures.REALTIME_COLLABORATION), 45);

        assertThat(plan).extracting(PlannedItem::title).containsExactly(
                "1. Problem & User Impact", "2. Goals", "3. Non-Goals", "4. Constraints", "5. Proposed Solution",
                "6. Alternatives Considered", "7. Failure Modes", "8. Observability", "9. Owner + Approval",
                "10. Rollout", "11. Rollback", "Decision & follow-ups");
        assertThat(plan.getLast().minutes()).isEqualTo(5);
        assertThat(plan.getLast().sectionMarkdown()).startsWith("## 12. Open Questions");
        assertThat(total(plan)).isEqualTo(45);
    }

    @Test
    void a_kep_skips_its_signoff_checklist_and_keeps_its_boilerplate_to_one_short_reference_item() {
        List<PlannedItem> plan = planner.plan(Fixtures.designDoc("kep-3329-retriable-and-non-retriable-failures.md"), 60);

        assertThat(plan).extracting(PlannedItem::title).containsExactly(
                "Summary", "Motivation", "Proposal", "Design Details", "Production Readiness Review Questionnaire",
                "Drawbacks", "Alternatives", "Reference material", "Decision & follow-ups");
        assertThat(plan.get(2).sectionMarkdown()).contains("### Risks and Mitigations");
        PlannedItem reference = plan.get(7);
        assertThat(reference.minutes()).isEqualTo(2);
        assertThat(reference.sectionMarkdown()).contains("## Implementation History", "## Infrastructure Needed (Optional)");
    }

    @Test
    void an_rfc_with_many_top_level_sections_is_planned_from_them() {
        List<PlannedItem> plan = planner.plan(Fixtures.designDoc(Fixtures.RUST_RFC_2094), 90);

        assertThat(plan).extracting(PlannedItem::title).containsExactly("Summary", "Motivation", "Detailed design",
                "How We Teach This", "Drawbacks", "Alternatives", "Reference material", "Decision & follow-ups");
        assertThat(plan.getLast().sectionMarkdown()).startsWith("## Unresolved questions");
    }

    @Test
    void problem_goals_and_constraints_come_first_and_alternatives_are_always_an_item() {
        String doc = """
                # Cache the ADR log
                ## 1. Proposed Solution
                An LRU cache in front of the git reads, sized for 500 ADRs per repository.
                ## 2. Constraints
                No new infrastructure.
                ## 3. Problem
                The ADR log takes 4 s to open for large repositories.
                ## 4. Rollback
                Disable the cache flag.
                """;

        List<PlannedItem> plan = planner.plan(doc, 30);

        assertThat(plan).extracting(PlannedItem::title).containsExactly(
                "2. Constraints", "3. Problem", "1. Proposed Solution", "4. Rollback",
                "Alternatives and tradeoffs", "Decision & follow-ups");
    }

    @Test
    void a_small_doc_is_split_by_its_subsections_to_reach_four_items() {
        String doc = "## Design\n\n### Storage\n\nPostgres tables.\n\n### API\n\nREST endpoints.\n\n### Caching\n\nLRU.";

        List<PlannedItem> plan = planner.plan(doc, 30);

        assertThat(plan).extracting(PlannedItem::title).containsExactly(
                "Design: Storage", "Design: API", "Design: Caching", "Alternatives and tradeoffs", "Decision & follow-ups");
    }

    @Test
    void front_matter_and_a_table_of_contents_are_not_items() {
        String doc = "---\ntitle: x\nstatus: draft\n---\n# T\n## Table of Contents\n- [A](#a)\n## Problem\n\n40% slower.\n## Proposal\n\nDo it.";

        assertThat(planner.plan(doc, 30)).extracting(PlannedItem::title).doesNotContain("Table of Contents")
                .startsWith("Problem", "Proposal");
    }

    @Test
    void a_table_of_contents_under_any_name_is_not_an_item() {
        String doc = """
                # Cache design
                ## Outline
                - [Problem](#problem)
                - [Proposal](#proposal)
                - [Rollback](#rollback)
                ## Problem
                Reads take 4 s on repositories with 5 000 ADRs, measured at p95.
                ## Proposal
                An LRU cache in front of the git reads.
                ## Rollback
                Turn the flag off.
                """;

        assertThat(planner.plan(doc, 45)).extracting(PlannedItem::title).containsExactly(
                "Problem", "Proposal", "Rollback", "Alternatives and tradeoffs", "Decision & follow-ups");
    }

    @Test
    void appendices_glossary_and_history_share_one_short_reference_item() {
        String doc = """
                # Cache design
                ## Problem
                %s
                ## Proposal
                %s
                ## Appendix A: Benchmarks
                %s
                ## Appendix B: Wire format
                %s
                ## Glossary
                LRU: least recently used.
                ## Change history
                - 2026-11-02 first draft
                """.formatted("Slow reads. ".repeat(40), "Cache it. ".repeat(60), "Numbers. ".repeat(400), "Bytes. ".repeat(300));

        List<PlannedItem> plan = planner.plan(doc, 45);

        assertThat(plan).extracting(PlannedItem::title).containsExactly(
                "Problem", "Proposal", "Alternatives and tradeoffs", "Reference material", "Decision & follow-ups");
        assertThat(plan.get(3).minutes()).isEqualTo(2);
        assertThat(plan.get(3).sectionMarkdown()).contains("## Appendix A: Benchmarks", "## Glossary", "## Change history");
    }

    @Test
    void the_docs_own_decision_section_becomes_the_closing_item_not_a_second_one() {
        String doc = """
                # Cache design
                ## Problem
                Slow reads.
                ## Proposal
                Cache them.
                ## Rollback
                Flag off.
                ## Decision & follow-ups
                We will decide between LRU and LFU.
                """;

        List<PlannedItem> plan = planner.plan(doc, 45);

        assertThat(plan).extracting(PlannedItem::title).containsExactly(
                "Problem", "Proposal", "Rollback", "Alternatives and tradeoffs", "Decision & follow-ups");
        assertThat(plan.getLast().sectionMarkdown()).isEqualTo("## Decision & follow-ups\nWe will decide between LRU and LFU.\n");
    }

    @Test
    void a_short_section_with_five_concerns_outweighs_a_long_quiet_one() {
        String doc = "# Cache design\n## Rollback\nTurn the flag off.\n## Proposal\n" + "An LRU cache in front of the git reads. ".repeat(200)
                + "\n## Problem\nSlow reads.\n";
        List<PlannedItem> quiet = planner.plan(doc, 45);
        assertThat(minutesOf(quiet, "Rollback")).isLessThan(minutesOf(quiet, "Proposal"));

        List<PlannedItem> commented = planner.plan(doc, 45,
                new SectionLoad(java.util.Map.of("Rollback", 5 * SectionLoad.CONCERN)));

        assertThat(minutesOf(commented, "Rollback")).isGreaterThan(minutesOf(commented, "Proposal"));
        assertThat(total(commented)).isEqualTo(45);
    }

    @Test
    void a_doc_without_headings_is_one_discussion_item_for_the_whole_timebox() {
        List<PlannedItem> plan = planner.plan("Just some prose, no headings at all.", 45);

        assertThat(plan).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Discussion");
            assertThat(item.minutes()).isEqualTo(45);
        });
    }

    @Test
    void headings_inside_code_blocks_are_not_agenda_items() {
        String doc = "## Real\n\n```\n## Not a heading\n```\n\n## Also real\n\ntext";

        assertThat(planner.plan(doc, 20)).extracting(PlannedItem::title).doesNotContain("Not a heading");
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 30, 45, 60, 90, 180})
    void the_fixtures_always_add_up_to_the_timebox_with_the_decision_last_and_at_most_twelve_items(int timebox) {
        for (String doc : List.of(Fixtures.KEP_1040, Fixtures.RUST_RFC_2094, Fixtures.REALTIME_COLLABORATION,
                "kep-3329-retriable-and-non-retriable-failures.md")) {
            List<PlannedItem> plan = planner.plan(Fixtures.designDoc(doc), timebox);
            assertThat(total(plan)).as(doc).isEqualTo(timebox);
            assertThat(plan.size()).as(doc).isBetween(4, 12);
            assertRules(plan, timebox);
        }
    }

    @RepeatedTest(200)
    void random_docs_and_timeboxes_keep_every_rule() {
        Random random = new Random();
        int sections = 1 + random.nextInt(30);
        StringBuilder doc = new StringBuilder("# Random doc\n\n");
        for (int i = 0; i < sections; i++) {
            doc.append("## Section ").append(i).append("\n\n").append("word ".repeat(random.nextInt(500))).append("\n\n");
            for (int j = random.nextInt(3); j > 0; j--) {
                doc.append("### Sub ").append(j).append("\n\n").append("word ".repeat(random.nextInt(100))).append("\n\n");
            }
        }
        int timebox = 15 + random.nextInt(166);

        List<PlannedItem> plan = planner.plan(doc.toString(), timebox);

        assertThat(total(plan)).isEqualTo(timebox);
        assertThat(plan.size()).isLessThanOrEqualTo(12);
        assertRules(plan, timebox);
    }

    @Test
    void a_zero_timebox_is_refused() {
        assertThatThrownBy(() -> planner.plan("## A", 0)).hasMessageContaining("at least one minute");
    }

    private static void assertRules(List<PlannedItem> plan, int timebox) {
        assertThat(plan.getLast().title()).isEqualTo("Decision & follow-ups");
        assertThat(plan.getLast().minutes()).isGreaterThanOrEqualTo(Math.max(5, (int) Math.ceil(timebox * 0.1)));
        assertThat(plan).extracting(PlannedItem::minutes).allSatisfy(m -> assertThat(m).isPositive());
        int floor = Math.min(2, (timebox - plan.getLast().minutes()) / Math.max(1, plan.size() - 1));
        assertThat(plan.subList(0, plan.size() - 1)).extracting(PlannedItem::minutes)
                .allSatisfy(m -> assertThat(m).isGreaterThanOrEqualTo(floor));
    }

    private static int minutesOf(List<PlannedItem> plan, String title) {
        return plan.stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow().minutes();
    }

    @Test
    void items_parked_for_the_next_review_come_just_before_the_decision_and_the_timebox_still_holds() {
        List<PlannedItem> plan = planner.plan(Fixtures.designDoc(Fixtures.REALTIME_COLLABORATION), 45, SectionLoad.NONE,
                List.of("Offline editing", "Presence   on\nmobile"));

        assertThat(plan.get(plan.size() - 3).title()).isEqualTo(AgendaPlanner.CARRIED_PREFIX + "Offline editing");
        assertThat(plan.get(plan.size() - 2).title()).isEqualTo(AgendaPlanner.CARRIED_PREFIX + "Presence on mobile");
        assertThat(plan.get(plan.size() - 2).minutes()).isEqualTo(2);
        assertThat(plan.getLast().title()).isEqualTo(AgendaPlanner.DECISION_ITEM);
        assertThat(total(plan)).isEqualTo(45);
    }

    @Test
    void many_parked_items_share_one_item_of_a_quarter_of_the_timebox() {
        List<String> parked = List.of("One", "Two", "Three", "Four", "Five");
        List<PlannedItem> plan = planner.plan(Fixtures.designDoc(Fixtures.REALTIME_COLLABORATION), 40, SectionLoad.NONE, parked);

        PlannedItem carried = plan.get(plan.size() - 2);
        assertThat(carried.title()).isEqualTo(AgendaPlanner.CARRIED_ITEM);
        assertThat(carried.minutes()).isEqualTo(10);
        assertThat(carried.sectionMarkdown()).contains("- One\n", "- Five\n");
        assertThat(plan).extracting(PlannedItem::title).noneMatch(t -> t.startsWith(AgendaPlanner.CARRIED_PREFIX));
        assertThat(total(plan)).isEqualTo(40);
    }

    private static int total(List<PlannedItem> plan) {
        return plan.stream().mapToInt(PlannedItem::minutes).sum();
    }
}
