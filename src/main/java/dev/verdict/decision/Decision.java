package dev.verdict.decision;

import dev.verdict.identity.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recorded decision, as views and the publisher read it. */
public record Decision(UUID reviewId, Outcome outcome, String statement, String rationale,
                       Person decisionMaker, Instant decidedAt, List<AlternativeConsidered> alternatives,
                       List<Consequence> consequences, String conditions, LocalDate revisitOn, String supersedes,
                       List<String> tags) {

    /** {@code tags}: normalised ({@link DecisionTags}), in the order given; empty when none. */
    public Decision {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A decision without tags. */
    public Decision(UUID reviewId, Outcome outcome, String statement, String rationale, Person decisionMaker,
                    Instant decidedAt, List<AlternativeConsidered> alternatives, List<Consequence> consequences,
                    String conditions, LocalDate revisitOn, String supersedes) {
        this(reviewId, outcome, statement, rationale, decisionMaker, decidedAt, alternatives, consequences, conditions,
                revisitOn, supersedes, List.of());
    }

    public List<String> consequences(Consequence.Kind kind) {
        return consequences.stream().filter(c -> c.kind() == kind).map(Consequence::text).toList();
    }
}
