package dev.verdict.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The moderator's request to close the meeting with this decision. */
public record CloseMeeting(
        @NotNull(message = DecisionRecord.MISSING_OUTCOME) Outcome outcome,
        @NotBlank(message = DecisionRecord.MISSING_STATEMENT) @Size(max = DecisionRecord.TEXT_MAX) String statement,
        @NotBlank(message = DecisionRecord.MISSING_RATIONALE) @Size(max = DecisionRecord.TEXT_MAX) String rationale,
        @NotBlank(message = DecisionRecord.MISSING_DECISION_MAKER) String decisionMaker) {
}
