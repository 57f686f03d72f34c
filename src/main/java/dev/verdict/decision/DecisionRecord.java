package dev.verdict.decision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
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
    static final String MISSING_ALTERNATIVE = "Name at least one alternative that was considered, and why it was not chosen";
    static final String MISSING_CONDITIONS = "List the conditions of the approval";

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

    @Column(length = TEXT_MAX)
    private String conditions;

    @Column(name = "revisit_on")
    private LocalDate revisitOn;

    @Column(length = 500)
    private String supersedes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_alternative", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<AlternativeConsidered> alternatives = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_consequence", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<Consequence> consequences = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_tag", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", nullable = false, length = DecisionTags.MAX_LENGTH)
    private List<String> tags = new ArrayList<>();

    protected DecisionRecord() {
    }

    /**
     * Records a decision, or refuses with every missing piece named: outcome, statement,
     * rationale, a decision maker who takes part in the review, at least one alternative with why
     * it was not chosen, conditions when approved with conditions, a revisit date in the future,
     * tags as {@link DecisionTags} allows them (stored normalised).
     */
    static DecisionRecord record(UUID reviewId, CloseMeeting request, Set<String> participants, Instant now, LocalDate today) {
        List<String> missing = problems(request, participants, today);
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
        record.conditions = blank(request.conditions()) ? null : request.conditions().strip();
        record.revisitOn = request.revisitOn();
        record.supersedes = blank(request.supersedes()) ? null : request.supersedes().strip();
        request.alternatives().stream().filter(a -> !blank(a.name())).forEach(a -> record.alternatives.add(new AlternativeConsidered(a.name().strip(), a.whyNot().strip())));
        request.consequences().stream().filter(c -> !blank(c.text()))
                .forEach(c -> record.consequences.add(new Consequence(c.kind(), c.text().strip())));
        record.tags.addAll(DecisionTags.normalise(request.tags()));
        return record;
    }

    static List<String> problems(CloseMeeting request, Set<String> participants, LocalDate today) {
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
            missing.add("The decision maker must take part in this review (not an observer)");
        }
        List<AlternativeConsidered> alternatives = request.alternatives() == null ? List.of() : request.alternatives();
        if (alternatives.stream().noneMatch(a -> !blank(a.name()))) {
            missing.add(MISSING_ALTERNATIVE);
        }
        for (AlternativeConsidered alternative : alternatives) {
            if (blank(alternative.name()) && !blank(alternative.whyNot())) {
                missing.add("Name the alternative that “" + alternative.whyNot().strip() + "” is about");
            } else if (!blank(alternative.name()) && blank(alternative.whyNot())) {
                missing.add("Say why “" + alternative.name().strip() + "” was not chosen");
            }
        }
        if (request.outcome() == Outcome.APPROVED_WITH_CONDITIONS && blank(request.conditions())) {
            missing.add(MISSING_CONDITIONS);
        }
        if (request.revisitOn() != null && !request.revisitOn().isAfter(today)) {
            missing.add("The revisit date must be in the future");
        }
        missing.addAll(DecisionTags.problems(request.tags()));
        return missing;
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
    String conditions() { return conditions; }
    LocalDate revisitOn() { return revisitOn; }
    String supersedes() { return supersedes; }
    List<AlternativeConsidered> alternatives() { return alternatives.stream().filter(a -> !blank(a.name())).toList(); }
    List<Consequence> consequences() { return List.copyOf(consequences); }
    List<String> tags() { return List.copyOf(tags); }
}
