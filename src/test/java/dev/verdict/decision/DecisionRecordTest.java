package dev.verdict.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecisionRecordTest {

    private static final Set<String> PARTICIPANTS = Set.of("mia", "alice");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-27");
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final AlternativeConsidered CRDT = new AlternativeConsidered("CRDTs", "Larger payloads");

    @Test
    void an_empty_record_is_refused_with_every_missing_field_named_at_once() {
        var refused = catchThrowableOfType(IncompleteDecisionException.class, () -> DecisionRecord.record(UUID.randomUUID(),
                new CloseMeeting(null, " ", "", null, List.of(), List.of(), null, null, null), PARTICIPANTS, NOW, TODAY));

        assertThat(refused.missing()).containsExactly(
                "Choose an outcome", "Write the decision statement", "Give the rationale", "Name the decision maker",
                "Name at least one alternative that was considered, and why it was not chosen");
    }

    @Test
    void the_decision_maker_must_take_part_in_the_review() {
        var refused = catchThrowableOfType(IncompleteDecisionException.class, () -> DecisionRecord.record(UUID.randomUUID(),
                CloseMeeting.of(Outcome.APPROVED, "We go with OT", "Proven", "mallory", CRDT), PARTICIPANTS, NOW, TODAY));

        assertThat(refused.missing()).containsExactly("The decision maker must take part in this review (not an observer)");
    }

    @Test
    void every_alternative_says_why_it_was_not_chosen() {
        var refused = catchThrowableOfType(IncompleteDecisionException.class, () -> DecisionRecord.record(UUID.randomUUID(),
                new CloseMeeting(Outcome.APPROVED, "OT", "Proven", "alice",
                        List.of(CRDT, new AlternativeConsidered("Last-write-wins", " ")), List.of(), null, null, null),
                PARTICIPANTS, NOW, TODAY));

        assertThat(refused.missing()).containsExactly("Say why “Last-write-wins” was not chosen");
    }

    @Test
    void approval_with_conditions_needs_the_conditions_and_a_revisit_date_lies_ahead() {
        var refused = catchThrowableOfType(IncompleteDecisionException.class, () -> DecisionRecord.record(UUID.randomUUID(),
                new CloseMeeting(Outcome.APPROVED_WITH_CONDITIONS, "OT", "Proven", "alice", List.of(CRDT), List.of(), " ", TODAY, null),
                PARTICIPANTS, NOW, TODAY));

        assertThat(refused.missing()).containsExactly("List the conditions of the approval", "The revisit date must be in the future");
    }

    @Test
    void a_complete_record_is_kept_as_written() {
        var record = DecisionRecord.record(UUID.randomUUID(), new CloseMeeting(Outcome.APPROVED_WITH_CONDITIONS,
                        " We go with OT ", "Proven at our scale", "alice", List.of(CRDT, new AlternativeConsidered("", "")),
                        List.of(new Consequence(Consequence.Kind.POSITIVE, "Server stays the source of truth"),
                                new Consequence(Consequence.Kind.NEUTRAL, " ")),
                        "Load test with 50 editors first", TODAY.plusMonths(6), null),
                PARTICIPANTS, NOW, TODAY);

        assertThat(record.outcome()).isEqualTo(Outcome.APPROVED_WITH_CONDITIONS);
        assertThat(record.statement()).isEqualTo("We go with OT");
        assertThat(record.decisionMaker()).isEqualTo("alice");
        assertThat(record.alternatives()).containsExactly(CRDT);
        assertThat(record.consequences()).containsExactly(new Consequence(Consequence.Kind.POSITIVE, "Server stays the source of truth"));
        assertThat(record.conditions()).isEqualTo("Load test with 50 editors first");
        assertThat(record.revisitOn()).isEqualTo(TODAY.plusMonths(6));
    }
}
