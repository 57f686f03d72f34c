package dev.verdict.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.decision.Outcome;
import dev.verdict.decision.RecordedDecisions.RecordedDecision;
import dev.verdict.publishing.DecisionArchive.Recorded;
import org.junit.jupiter.api.Test;

/** How a review's commit found in git is compared with the decision about to be published. */
class RecordedDecisionTest {

    private static final String APPROVED = """
            Record design review decision: Cache pages

            Outcome: Approved
            Decision: Cache pages for five minutes

            Design-Review: 6f1c1f4e-0000-4000-8000-000000000001
            Reviewed-by: Alice <alice@example.com>
            """;

    @Test
    void a_commit_records_the_same_decision_when_outcome_and_statement_agree() {
        var recorded = Recorded.of("abc", APPROVED, "main");

        assertThat(recorded.outcome()).isEqualTo("Approved");
        assertThat(recorded.statement()).isEqualTo("Cache pages for five minutes");
        assertThat(recorded.records(APPROVED.replace("Reviewed-by: Alice", "Reviewed-by: Bob"))).isTrue();
    }

    @Test
    void another_outcome_or_another_statement_is_a_different_decision() {
        var recorded = Recorded.of("abc", APPROVED, "main");

        assertThat(recorded.records(APPROVED.replace("Outcome: Approved", "Outcome: Rejected"))).isFalse();
        assertThat(recorded.records(APPROVED.replace("five minutes", "an hour"))).isFalse();
    }

    @Test
    void a_commit_made_before_messages_carried_the_statement_is_compared_by_outcome_alone() {
        var older = Recorded.of("abc", APPROVED.replace("Decision: Cache pages for five minutes\n", ""), "main");

        assertThat(older.statement()).isNull();
        assertThat(older.records(APPROVED.replace("five minutes", "an hour"))).isTrue();
        assertThat(older.records(APPROVED.replace("Outcome: Approved", "Outcome: Rejected"))).isFalse();
        assertThat(older.describe()).isEqualTo("Approved");
    }

    @Test
    void the_conflict_names_the_commit_and_what_it_records() {
        var conflict = new DecisionConflictException(Recorded.of("0123456789abcdef", APPROVED, "main"));

        assertThat(conflict.getMessage()).startsWith("The repository already records this review's decision in commit 0123456"
                + " as Approved: \u201cCache pages for five minutes\u201d").contains("nothing was committed");
    }

    @Test
    void the_decision_form_accepts_the_recorded_decision_however_the_statement_wraps() {
        var recorded = new RecordedDecision("0123456789", "Approved", "Cache pages for five minutes", "Demo repository: main");

        assertThat(recorded.matches(Outcome.APPROVED, "Cache pages\nfor five minutes")).isTrue();
        assertThat(recorded.matches(Outcome.REJECTED, "Cache pages for five minutes")).isFalse();
        assertThat(recorded.matches(Outcome.APPROVED, "Cache pages for an hour")).isFalse();
        assertThat(recorded.describe()).isEqualTo(
                "commit 0123456 in Demo repository: main records \u201cApproved: Cache pages for five minutes\u201d");
    }
}
