package dev.verdict.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.Fixtures;
import dev.verdict.agenda.ConsideredAlternatives.Alternative;
import org.junit.jupiter.api.Test;

class ConsideredAlternativesTest {

    @Test
    void the_guides_table_gives_each_option_but_the_chosen_one_with_its_cons() {
        assertThat(ConsideredAlternatives.in(Fixtures.designDoc(Fixtures.REALTIME_COLLABORATION))).containsExactly(
                new Alternative("CRDTs", "Complex; larger payload", "Pros: No server"),
                new Alternative("Last-write-wins", "Lost updates", "Pros: Simple"));
    }

    @Test
    void a_keps_alternative_subsections_give_their_titles_and_first_sentence() {
        var alternatives = ConsideredAlternatives.in(Fixtures.designDoc("kep-3329-retriable-and-non-retriable-failures.md"));

        assertThat(alternatives).extracting(Alternative::name).startsWith("Only support for exit codes", "Using Pod status.reason field");
        assertThat(alternatives.getFirst().whyNot()).isEmpty();
        assertThat(alternatives.getFirst().hint()).startsWith("We considered supporting just exit codes");
    }

    @Test
    void a_table_without_a_cons_column_leaves_why_not_to_the_decision_maker() {
        String doc = """
                ## Alternatives
                | Option | Description |
                | --- | --- |
                | Batch every minute | In this option, a job reindexes every minute. |
                """;

        assertThat(ConsideredAlternatives.in(doc)).containsExactly(
                new Alternative("Batch every minute", "", "Description: In this option, a job reindexes every minute."));
    }

    @Test
    void bullets_split_into_the_option_and_a_hint_never_a_reason() {
        String doc = """
                ## Problem
                Slow.

                ## Alternatives
                - Batch every minute: load spikes every minute
                - **Change data capture** – new infrastructure to run
                - Do nothing
                """;

        assertThat(ConsideredAlternatives.in(doc)).containsExactly(
                new Alternative("Batch every minute", "", "load spikes every minute"),
                new Alternative("Change data capture", "", "new infrastructure to run"),
                new Alternative("Do nothing", "", ""));
    }

    @Test
    void a_doc_without_an_alternatives_section_prefills_nothing() {
        assertThat(ConsideredAlternatives.in("## Problem\nSlow.\n\n## Drawbacks\n- It costs money\n")).isEmpty();
    }
}
