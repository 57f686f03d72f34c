package dev.verdict.decision;

import dev.verdict.identity.Person;
import java.time.Instant;
import java.util.UUID;

/** A recorded decision, as views and the publisher read it. */
public record Decision(UUID reviewId, Outcome outcome, String statement, String rationale,
                       Person decisionMaker, Instant decidedAt) {
}
