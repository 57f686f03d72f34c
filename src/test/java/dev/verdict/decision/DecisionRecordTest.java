package dev.verdict.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecisionRecordTest {

    private static final Set<String> PARTICIPANTS = Set.of("mia", "alice");

    @Test
    void an_empty_record_is_refused_with_every_missing_field_named_at_once() {
        var refused = catchThrowableOfType(IncompleteDecisionException.class,
                () -> DecisionRecord.record(UUID.randomUUID(), new CloseMeeting(null, " ", "", null), PARTICIPANTS, Instant.now()));

        assertThat(refused.missing()).containsExactly(
                "Choose an outcome", "Write the decision statement", "Give the rationale", "Name the decision maker");
    }

    @Test
    void the_decision_maker_must_be_in_the_review() {
        var refused = catchThrowableOfType(IncompleteDecisionException.class,
                () -> DecisionRecord.record(UUID.randomUUID(),
                        new CloseMeeting(Outcome.APPROVED, "We go with OT", "Proven", "mallory"), PARTICIPANTS, Instant.now()));

        assertThat(refused.missing()).singleElement().asString().contains("moderator or an attendee");
    }

    @Test
    void a_complete_record_is_kept_as_written() {
        var record = DecisionRecord.record(UUID.randomUUID(),
                new CloseMeeting(Outcome.APPROVED_WITH_CONDITIONS, " We go with OT ", "Proven at our scale", "alice"),
                PARTICIPANTS, Instant.parse("2026-11-27T10:00:00Z"));

        assertThat(record.outcome()).isEqualTo(Outcome.APPROVED_WITH_CONDITIONS);
        assertThat(record.statement()).isEqualTo("We go with OT");
        assertThat(record.decisionMaker()).isEqualTo("alice");
    }
}
