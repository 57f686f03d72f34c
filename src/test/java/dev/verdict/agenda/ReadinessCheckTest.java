package dev.verdict.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.Fixtures;
import dev.verdict.agenda.Readiness.Status;
import org.junit.jupiter.api.Test;

class ReadinessCheckTest {

    private final ReadinessCheck check = new ReadinessCheck();

    @Test
    void the_guide_example_has_every_gold_standard_section() {
        Readiness readiness = check.check(Fixtures.designDoc(Fixtures.REALTIME_COLLABORATION));

        assertThat(readiness.findings()).allSatisfy(f -> assertThat(f.status()).as(f.kind().label()).isEqualTo(Status.PRESENT));
        assertThat(readiness.of(SectionKind.OWNER).foundIn()).containsExactly("9. Owner + Approval");
        assertThat(readiness.blocksStart()).isFalse();
    }

    @Test
    void a_kep_is_recognised_by_its_template_names() {
        Readiness readiness = check.check(Fixtures.designDoc("kep-3329-retriable-and-non-retriable-failures.md"));

        assertThat(readiness.of(SectionKind.FAILURE_MODES).foundIn()).contains("Risks and Mitigations");
        assertThat(readiness.of(SectionKind.ROLLBACK).foundIn()).contains("Upgrade / Downgrade Strategy");
        assertThat(readiness.of(SectionKind.ROLLOUT).foundIn()).contains("Test Plan", "Graduation Criteria");
        assertThat(readiness.of(SectionKind.ALTERNATIVES).foundIn()).contains("Drawbacks", "Alternatives");
        assertThat(readiness.of(SectionKind.CONSTRAINTS).foundIn()).contains("Notes/Constraints/Caveats (Optional)");
        assertThat(readiness.of(SectionKind.OBSERVABILITY).foundIn()).contains("Monitoring Requirements");
        assertThat(readiness.of(SectionKind.OPEN_QUESTIONS).status()).isEqualTo(Status.MISSING);
        assertThat(readiness.of(SectionKind.OWNER).status()).isEqualTo(Status.MISSING);
        assertThat(readiness.blocksStart()).isFalse();
    }

    @Test
    void an_rfc_without_rollback_or_failure_modes_blocks_the_start() {
        Readiness readiness = check.check(Fixtures.designDoc(Fixtures.RUST_RFC_2094));

        assertThat(readiness.of(SectionKind.PROBLEM).foundIn()).contains("Motivation");
        assertThat(readiness.of(SectionKind.ALTERNATIVES).foundIn()).contains("Drawbacks", "Alternatives");
        assertThat(readiness.of(SectionKind.OPEN_QUESTIONS).foundIn()).containsExactly("Unresolved questions");
        assertThat(readiness.of(SectionKind.SOLUTION).foundIn()).contains("Detailed design");
        assertThat(readiness.blockers()).containsExactly(
                "The doc has no rollback section", "The doc has no failure modes section");
    }

    @Test
    void a_problem_without_a_metric_and_a_one_line_section_are_thin() {
        Readiness readiness = check.check("## Problem\n\nUsers are unhappy with how slow the editor feels today.\n\n## Rollback\n\nFlag off.");

        assertThat(readiness.of(SectionKind.PROBLEM).status()).isEqualTo(Status.THIN);
        assertThat(readiness.of(SectionKind.PROBLEM).note()).isEqualTo("No metric for the user impact");
        assertThat(readiness.of(SectionKind.ROLLBACK).status()).isEqualTo(Status.THIN);
        assertThat(readiness.blockers()).containsExactly("The doc has no failure modes section");
    }

    @Test
    void an_owner_line_counts_as_owner_and_approver() {
        assertThat(check.check("Owner: Ada\nApprover: Bob\n\n## Problem\n\nx").of(SectionKind.OWNER).status())
                .isEqualTo(Status.PRESENT);
    }
}
