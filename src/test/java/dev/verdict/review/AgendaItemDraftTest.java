package dev.verdict.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaItemDraftTest {

    private final AgendaItemDraft proposal = new AgendaItemDraft("Proposal", 9, "## Proposal\nAn LRU cache.\n");

    @Test
    void splitting_gives_two_halves_on_the_same_section() {
        assertThat(proposal.split()).containsExactly(
                new AgendaItemDraft("Proposal", 5, "## Proposal\nAn LRU cache.\n"),
                new AgendaItemDraft("Proposal (continued)", 4, "## Proposal\nAn LRU cache.\n"));
    }

    @Test
    void merging_the_halves_of_a_split_restores_the_item_with_its_section_once() {
        List<AgendaItemDraft> halves = proposal.split();

        assertThat(halves.get(0).mergedWith(halves.get(1))).isEqualTo(proposal);
    }

    @Test
    void splitting_a_continuation_does_not_stack_suffixes() {
        AgendaItemDraft continued = proposal.split().getLast();

        assertThat(continued.split()).extracting(AgendaItemDraft::title)
                .containsExactly("Proposal (continued)", "Proposal (continued)");
    }

    @Test
    void merging_two_different_sections_joins_titles_and_shows_both_sections() {
        AgendaItemDraft rollback = new AgendaItemDraft("Rollback", 3, "## Rollback\nFlag off.\n");

        assertThat(proposal.mergedWith(rollback)).isEqualTo(new AgendaItemDraft("Proposal + Rollback", 12,
                "## Proposal\nAn LRU cache.\n\n\n## Rollback\nFlag off.\n"));
    }
}
