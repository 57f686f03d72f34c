package dev.verdict.decision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The moderator's request to close the meeting with this decision. The constraints guard the
 * shape; {@link DecisionRecord} adds the rules that need the review (who may decide, what today is).
 */
public record CloseMeeting(
        @NotNull(message = DecisionRecord.MISSING_OUTCOME) Outcome outcome,
        @NotBlank(message = DecisionRecord.MISSING_STATEMENT) @Size(max = DecisionRecord.TEXT_MAX, message = "Keep the statement under 10 000 characters") String statement,
        @NotBlank(message = DecisionRecord.MISSING_RATIONALE) @Size(max = DecisionRecord.TEXT_MAX, message = "Keep the rationale under 10 000 characters") String rationale,
        @NotBlank(message = DecisionRecord.MISSING_DECISION_MAKER) String decisionMaker,
        @NotNull @Size(max = 10, message = "Keep to ten alternatives") List<@Valid AlternativeConsidered> alternatives,
        @NotNull @Size(max = 30, message = "Keep to thirty consequences") List<@Valid Consequence> consequences,
        @Size(max = DecisionRecord.TEXT_MAX, message = "Keep the conditions under 10 000 characters") String conditions,
        LocalDate revisitOn,
        @Size(max = 500) String supersedes,
        List<String> tags) {

    /** Tags as typed; null is none. {@link DecisionTags} normalises and checks them. */
    public CloseMeeting {
        tags = tags == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tags));
    }

    /** A request without tags. */
    public CloseMeeting(Outcome outcome, String statement, String rationale, String decisionMaker,
                        List<AlternativeConsidered> alternatives, List<Consequence> consequences, String conditions,
                        LocalDate revisitOn, String supersedes) {
        this(outcome, statement, rationale, decisionMaker, alternatives, consequences, conditions, revisitOn, supersedes, List.of());
    }

    /** The same request with these tags (as typed). */
    public CloseMeeting withTags(List<String> tags) {
        return new CloseMeeting(outcome, statement, rationale, decisionMaker, alternatives, consequences, conditions,
                revisitOn, supersedes, tags);
    }

    /** Outcome, statement, rationale and decision maker with one alternative; no consequences, conditions or revisit date. */
    public static CloseMeeting of(Outcome outcome, String statement, String rationale, String decisionMaker,
                                  AlternativeConsidered alternative) {
        return new CloseMeeting(outcome, statement, rationale, decisionMaker,
                alternative == null ? List.of() : List.of(alternative), List.of(), null, null, null);
    }
}
