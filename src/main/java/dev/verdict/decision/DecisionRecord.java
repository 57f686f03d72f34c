package dev.verdict.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The decision a review ended with. It cannot exist incomplete. */
@Entity
@Table(name = "decision_record")
class DecisionRecord {

    static final int TEXT_MAX = 10_000;
    static final String MISSING_OUTCOME = "Choose an outcome";
    static final String MISSING_STATEMENT = "Write the decision statement";
    static final String MISSING_RATIONALE = "Give the rationale";
    static final String MISSING_DECISION_MAKER = "Name the decision maker";

    @Id
    @Column(name = "review_id")
    private UUID reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Outcome outcome;

    @Column(nullable = false, length = TEXT_MAX)
    private String statement;

    @Column(nullable = false, length = TEXT_MAX)
    private String rationale;

    @Column(name = "decision_maker", nullable = false, length = 100)
    private String decisionMaker;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected DecisionRecord() {
    }

    /**
     * Records a decision, or refuses with every missing piece named. The decision maker must be
     * one of the review's participants.
     */
    static DecisionRecord record(UUID reviewId, CloseMeeting request, Set<String> participants, Instant now) {
        List<String> missing = new ArrayList<>();
        if (request.outcome() == null) {
            missing.add(MISSING_OUTCOME);
        }
        if (blank(request.statement())) {
            missing.add(MISSING_STATEMENT);
        }
        if (blank(request.rationale())) {
            missing.add(MISSING_RATIONALE);
        }
        if (blank(request.decisionMaker())) {
            missing.add(MISSING_DECISION_MAKER);
        } else if (!participants.contains(request.decisionMaker())) {
            missing.add("The decision maker must be the moderator or an attendee of this review");
        }
        if (!missing.isEmpty()) {
            throw new IncompleteDecisionException(missing);
        }
        var record = new DecisionRecord();
        record.reviewId = reviewId;
        record.outcome = request.outcome();
        record.statement = request.statement().strip();
        record.rationale = request.rationale().strip();
        record.decisionMaker = request.decisionMaker();
        record.decidedAt = now;
        return record;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    UUID reviewId() { return reviewId; }
    Outcome outcome() { return outcome; }
    String statement() { return statement; }
    String rationale() { return rationale; }
    String decisionMaker() { return decisionMaker; }
    Instant decidedAt() { return decidedAt; }
}
