package dev.verdict.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verdict.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgendaPlannerTest {

    private final AgendaPlanner planner = new AgendaPlanner();

    @Test
    void second_level_headings_of_the_guide_example_become_the_agenda_in_order() {
        List<PlannedItem> plan = planner.plan(Fixtures.designDoc(Fixtures.REALTIME_COLLABORATION), 45);

        assertThat(plan).extracting(PlannedItem::title).containsExactly(
                "1. Problem & User Impact", "2. Goals", "3. Non-Goals", "4. Constraints", "5. Proposed Solution",
                "6. Alternatives Considered", "7. Failure Modes", "8. Observability", "9. Owner + Approval",
                "10. Rollout", "11. Rollback", "12. Open Questions");
        assertThat(plan).extracting(PlannedItem::minutes).allSatisfy(m -> assertThat(m).isGreaterThanOrEqualTo(2));
        assertThat(total(plan)).isEqualTo(45);
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 30, 45, 60, 90, 180})
    void minutes_always_add_up_exactly_to_the_timebox(int timebox) {
        for (String doc : List.of(Fixtures.KEP_1040, Fixtures.RUST_RFC_2094, Fixtures.REALTIME_COLLABORATION)) {
            assertThat(total(planner.plan(Fixtures.designDoc(doc), timebox))).as(doc).isEqualTo(timebox);
        }
    }

    @Test
    void longer_sections_get_more_time() {
        String doc = "## Short\n\nOne line.\n\n## Long\n\n" + "A long paragraph of tradeoffs. ".repeat(200);
        List<PlannedItem> plan = planner.plan(doc, 30);

        assertThat(plan.get(1).minutes()).isGreaterThan(plan.get(0).minutes());
        assertThat(plan.get(1).sectionMarkdown()).startsWith("## Long");
    }

    @Test
    void a_doc_without_headings_gets_one_discussion_item() {
        List<PlannedItem> plan = planner.plan("Just some prose, no headings at all.", 45);

        assertThat(plan).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Discussion");
            assertThat(item.minutes()).isEqualTo(45);
        });
    }

    @Test
    void headings_inside_code_blocks_are_not_agenda_items() {
        String doc = "## Real\n\n```\n## Not a heading\n```\n\n## Also real\n\ntext";

        assertThat(planner.plan(doc, 20)).extracting(PlannedItem::title).containsExactly("Real", "Also real");
    }

    @Test
    void a_timebox_shorter_than_the_floor_still_adds_up() {
        String doc = "## A\n\n## B\n\n## C\n\n## D\n";

        List<PlannedItem> plan = planner.plan(doc, 5);

        assertThat(total(plan)).isEqualTo(5);
        assertThat(plan).extracting(PlannedItem::minutes).allSatisfy(m -> assertThat(m).isPositive());
    }

    @Test
    void a_zero_timebox_is_refused() {
        assertThatThrownBy(() -> planner.plan("## A", 0)).hasMessageContaining("at least one minute");
    }

    private static int total(List<PlannedItem> plan) {
        return plan.stream().mapToInt(PlannedItem::minutes).sum();
    }
}
