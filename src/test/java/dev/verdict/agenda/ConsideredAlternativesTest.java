package dev.verdict.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.Fixtures;
import dev.verdict.agenda.ConsideredAlternatives.Alternative;
import org.junit.jupiter.api.Test;

class ConsideredAlternativesTest {

    @Test
    void the_guides_table_gives_each_option_but_the_chosen_one_with_its_cons() {
        assertThat(ConsideredAlternatives.in(Fixtures.designDoc(Fixtures.REALTIME_COLLABORATION))).containsExactly(
                new Alternative("CRDTs", "Complex; larger payload"),
                new Alternative("Last-write-wins", "Lost updates"));
    }

    @Test
    void a_keps_alternative_subsections_give_their_titles_and_first_sentence() {
        var alternatives = ConsideredAlternatives.in(Fixtures.designDoc("kep-3329-retriable-and-non-retriable-failures.md"));

        assertThat(alternatives).extracting(Alternative::name).startsWith("Only support for exit codes", "Using Pod status.reason field");
        assertThat(alternatives.getFirst().whyNot()).startsWith("We considered supporting just exit codes");
    }

    @Test
    void bullets_split_into_the_option_and_the_reason() {
        String doc = """
                ## Problem
                Slow.

                ## Alternatives
                - Batch every minute: load spikes every minute
                - **Change data capture** – new infrastructure to run
                - Do nothing
                """;

        assertThat(ConsideredAlternatives.in(doc)).containsExactly(
                new Alternative("Batch every minute", "load spikes every minute"),
                new Alternative("Change data capture", "new infrastructure to run"),
                new Alternative("Do nothing", ""));
    }

    @Test
    void a_doc_without_an_alternatives_section_prefills_nothing() {
        assertThat(ConsideredAlternatives.in("## Problem\nSlow.\n\n## Drawbacks\n- It costs money\n")).isEmpty();
    }
}
