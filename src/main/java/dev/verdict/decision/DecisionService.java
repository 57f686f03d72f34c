package dev.verdict.decision;

import dev.verdict.identity.Person;
import dev.verdict.identity.UserDirectory;
import dev.verdict.agenda.ConsideredAlternatives;
import dev.verdict.meeting.Disposition;
import dev.verdict.repository.AdrLog;
import dev.verdict.repository.DocumentService;
import dev.verdict.repository.RepositoryUnavailableException;
import dev.verdict.meeting.MeetingService;
import dev.verdict.meeting.RoomState;
import dev.verdict.review.RelatedDecisions;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import dev.verdict.identity.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Closes a meeting with its decision, in one transaction, and announces it for publishing. */
@Service
@Validated
@Transactional
public class DecisionService {

    private final DecisionRecords records;
    private final ReviewService reviews;
    private final MeetingService meetings;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final jakarta.validation.Validator validator;
    private final DocumentService documents;
    private final dev.verdict.preread.PreReadService preReads;
    private final RecordedDecisions recorded;
    private final dev.verdict.shared.AuditLog audit;

    DecisionService(DecisionRecords records, ReviewService reviews, MeetingService meetings,
                    UserDirectory directory, ApplicationEventPublisher events, Clock clock,
                    jakarta.validation.Validator validator, DocumentService documents,
                    dev.verdict.preread.PreReadService preReads, RecordedDecisions recorded,
                    dev.verdict.shared.AuditLog audit) {
        this.audit = audit;
        this.recorded = recorded;
        this.preReads = preReads;
        this.documents = documents;
        this.validator = validator;
        this.records = records;
        this.reviews = reviews;
        this.meetings = meetings;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Who may be named decision maker: the review's moderator and attendees. */
    @Transactional(readOnly = true)
    public List<Person> candidates(UUID reviewId) {
        return reviews.details(reviewId).participants();
    }

    /**
     * The alternatives the doc already names, to prefill the record; the moderator confirms or
     * rewrites them. Only a reason the doc gives (a Cons column) prefills "why not"; a description
     * comes as a hint, since "not chosen because In this option, …" says nothing.
     */
    @Transactional(readOnly = true)
    public List<AlternativeSuggestion> suggestedAlternatives(UUID reviewId) {
        return ConsideredAlternatives.in(reviews.details(reviewId).designDoc()).stream()
                .map(a -> new AlternativeSuggestion(a.name(), a.whyNot(), a.hint()))
                .toList();
    }

    /** The room as it ended: the parked items and risks the moderator settles before closing. */
    @Transactional(readOnly = true)
    public RoomState room(UUID reviewId) {
        return meetings.room(reviewId);
    }

    /** What becomes of a parked item (moderator). */
    public void dispose(UUID reviewId, UUID parkedItem, Disposition disposition, String note) {
        meetings.dispose(reviewId, parkedItem, disposition, note);
    }

    /** A risk gets an owner, or the room accepts it (moderator). */
    public void settleRisk(UUID reviewId, UUID risk, String owner, boolean accepted) {
        meetings.settleRisk(reviewId, risk, owner, accepted);
    }

    /** Whether the review's doc came from a repository, whose ADRs a decision could supersede; no git involved. */
    @Transactional(readOnly = true)
    public boolean canSupersede(UUID reviewId) {
        return reviews.details(reviewId).pinnedDoc() != null;
    }

    /**
     * An accepted ADR of the repository the review's doc came from, about the same topic (the
     * closest of the review's related decisions): offered on the form as the one this decision
     * supersedes, for the moderator to take or leave. Empty for a pasted or uploaded doc, or when
     * no accepted ADR there is close.
     */
    @Transactional(readOnly = true)
    public Optional<RelatedDecisions.RelatedDecision> supersedeSuggestion(UUID reviewId) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        var pinned = reviews.details(reviewId).pinnedDoc();
        if (pinned == null) {
            return Optional.empty();
        }
        UUID repository = pinned.reference().repositoryId();
        return preReads.relatedDecisions(reviewId).stream()
                .filter(d -> d.accepted() && repository.equals(d.repositoryId()) && d.path() != null)
                .findFirst();
    }

    /** The ADR log of the repository the review's doc came from; empty for a pasted or uploaded doc. */
    @Transactional(readOnly = true)
    public Optional<AdrLog> adrLog(UUID reviewId) {
        var pinned = reviews.details(reviewId).pinnedDoc();
        return pinned == null ? Optional.empty() : Optional.of(documents.adrLog(pinned.reference().repositoryId()));
    }

    private Optional<String> supersedeProblem(ReviewDetails review, String path) {
        if (review.pinnedDoc() == null) {
            return Optional.of("Only a review of a doc from a repository can supersede one of that repository's ADRs");
        }
        try {
            var log = documents.adrLog(review.pinnedDoc().reference().repositoryId());
            return log.find(path).isPresent() ? Optional.empty()
                    : Optional.of("The ADR to supersede, " + path + ", is not in the repository's ADR log");
        } catch (RepositoryUnavailableException e) {
            return Optional.of("The ADR log could not be read to check the ADR to supersede: " + e.getMessage());
        }
    }

    /** The summary and the ADR as they would be committed with this draft; nothing is saved. */
    public record Preview(String summary, String adr) {
    }

    /**
     * Renders the draft the moderator is looking at, before closing: unwritten fields show as gaps,
     * the ADR number is the next free one in the repository's log (assigned for good at commit).
     */
    @Transactional(readOnly = true)
    public Preview preview(UUID reviewId, CloseMeeting draft) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        if (draft.outcome() == null) {
            throw new IncompleteDecisionException(List.of("Choose an outcome to preview the ADR"));
        }
        ReviewDetails review = reviews.details(reviewId);
        Person maker = draft.decisionMaker() == null || draft.decisionMaker().isBlank()
                ? new Person("", "(no decision maker yet)", "") : directory.describe(draft.decisionMaker());
        var decision = new Decision(reviewId, draft.outcome(), orGap(draft.statement()), orGap(draft.rationale()), maker,
                clock.instant(),
                draft.alternatives().stream().filter(a -> a.name() != null && !a.name().isBlank())
                        .map(a -> new AlternativeConsidered(a.name().strip(), orGap(a.whyNot()))).toList(),
                draft.consequences().stream().filter(c -> c.text() != null && !c.text().isBlank()).toList(),
                draft.outcome() == Outcome.APPROVED_WITH_CONDITIONS ? orGap(draft.conditions()) : null,
                draft.revisitOn(), draft.supersedes(), DecisionTags.valid(draft.tags()));
        var record = new ReviewRecord(review, meetings.room(reviewId), decision, preReads.stats(reviewId));
        var zone = java.time.ZoneId.systemDefault();
        var log = review.pinnedDoc() == null ? Optional.<AdrLog>empty() : adrLogQuietly(review.pinnedDoc().reference().repositoryId());
        var convention = log.map(AdrLog::convention).orElse(dev.verdict.repository.AdrConvention.ADR_TOOLS);
        int next = log.map(AdrLog::nextNumber).orElse(0);
        var pinned = review.pinnedDoc();
        var links = pinned == null ? RecordLinks.NONE
                : new RecordLinks(pinned.reference().path(), pinned.reference().commit(), null, null, null);
        return new Preview(SummaryWriter.summary(record, zone, links), AdrWriter.adr(convention, next, record, zone, links));
    }

    private Optional<AdrLog> adrLogQuietly(UUID repositoryId) {
        try {
            return Optional.of(documents.adrLog(repositoryId));
        } catch (RepositoryUnavailableException e) {
            return Optional.empty();
        }
    }

    private static String orGap(String text) {
        return text == null || text.isBlank() ? "(not written yet)" : text.strip();
    }

    /** Who may own a risk: everyone in the review, as in the room. */
    @Transactional(readOnly = true)
    public List<Person> riskOwners(UUID reviewId) {
        return meetings.owners(reviewId);
    }

    /**
     * The tags decisions already carry, to pick from on the decision form: only those of reviews
     * the caller may read ({@link ReviewService#visibility()}: members their reviews, background
     * work all), since a tag can say what a review is about. Sorted alphabetically.
     */
    @Transactional(readOnly = true)
    public List<String> knownTags() {
        var visibility = reviews.visibility();
        if (!visibility.all() && visibility.reviews().isEmpty()) {
            return List.of();
        }
        return (visibility.all() ? records.allTags() : records.tagsAmong(visibility.reviews())).stream()
                .sorted().toList();
    }

    /** The decision maker named when the review was opened, to preselect on the form. */
    @Transactional(readOnly = true)
    public Optional<Person> namedDecisionMaker(UUID reviewId) {
        return reviews.details(reviewId).decisionMaker();
    }

    @Transactional(readOnly = true)
    public Optional<Decision> decision(UUID reviewId) {
        reviews.roleOfCaller(reviewId);
        return records.findById(reviewId).map(this::toDecision);
    }

    /**
     * The decision the team's repository already records for this review while Verdict has none
     * (a crash lost the database's record after the push); empty once decided, or when nothing was found.
     */
    @Transactional(readOnly = true)
    public Optional<RecordedDecisions.RecordedDecision> recordedInRepository(UUID reviewId) {
        reviews.roleOfCaller(reviewId);
        if (records.existsById(reviewId)) {
            return Optional.empty();
        }
        return recorded.recordedFor(reviewId);
    }

    /**
     * Closes the meeting with its decision, or refuses with every missing piece at once: the
     * record's own (checked by its constraints and by the domain), the meeting's (parked items
     * without a disposition, risks nobody owns or accepted, action items without owner or date),
     * and a decision that contradicts the one the repository already records for this review.
     *
     * @throws IncompleteDecisionException listing every problem, in the words the form shows
     * @throws IllegalStateException when the review is already decided
     */
    public void close(UUID reviewId, CloseMeeting request) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        if (records.existsById(reviewId)) {
            throw new IllegalStateException("This review has already been decided");
        }
        ReviewDetails review = reviews.details(reviewId);
        var participants = review.participants().stream().map(Person::username).collect(Collectors.toSet());
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        var problems = new java.util.LinkedHashSet<String>();
        validator.validate(request).stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(v.getMessage()));
        problems.addAll(DecisionRecord.problems(request, participants, today));
        review.decisionMaker().filter(named -> request.decisionMaker() != null && !request.decisionMaker().isBlank()
                        && !named.username().equals(request.decisionMaker()))
                .ifPresent(named -> problems.add("This review names " + named.displayName()
                        + " as its decision maker; the decision is theirs to make"));
        problems.addAll(meetings.closingProblems(reviewId));
        if (review.cancelled()) {
            // Cancelled before its meeting (ADR 28): nothing to decide; the room refuses to close too.
            problems.add("The review was cancelled: " + review.cancellation().reason());
        }
        recorded.recordedFor(reviewId).filter(r -> !r.matches(request.outcome(), request.statement()))
                .ifPresent(r -> problems.add("The repository already has this review's decision: " + r.describe()
                        + ". Verdict lost its own record in a crash. Close with that outcome and statement to restore"
                        + " it, or open a new review to supersede it; a different decision is not committed"));
        if (request.supersedes() != null && !request.supersedes().isBlank()) {
            supersedeProblem(review, request.supersedes().strip()).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new IncompleteDecisionException(List.copyOf(problems));
        }
        DecisionRecord record = DecisionRecord.record(reviewId, request, participants, clock.instant(), today);
        meetings.close(reviewId);
        reviews.lockAgenda(reviewId);
        records.save(record);
        audit.record(reviewId, "meeting closed with a decision", request.outcome().label(), null, request.statement());
        events.publishEvent(new ReviewDecided(reviewId));
    }

    /**
     * Every decision whose revisit date is on or before {@code day}, earliest first: for the
     * revisit reminders.
     *
     * @throws AccessDeniedException unless called as the system actor
     */
    @Transactional(readOnly = true)
    public List<Decision> revisitsDueBy(LocalDate day) {
        if (!CurrentUser.isSystem()) {
            throw new AccessDeniedException("Only background work reads every review's decision");
        }
        return records.findByRevisitOnLessThanEqualOrderByRevisitOn(day).stream().map(this::toDecision).toList();
    }

    /**
     * The ADR this review may supersede, suggested on the decision form: the one published for the
     * review it follows up on (a revisit), when its doc comes from a repository. The moderator keeps
     * or clears it; {@link #close} checks it against the ADR log like any other choice.
     */
    @Transactional(readOnly = true)
    public Optional<Suggestion> suggestedSupersedes(UUID reviewId) {
        if (!canSupersede(reviewId)) {
            return Optional.empty();
        }
        return reviews.followed(reviewId).filter(f -> f.adrPath() != null)
                .map(f -> new Suggestion(f.adrPath(), f.title()));
    }

    /** An ADR to supersede, and the title of the review that published it. */
    public record Suggestion(String adrPath, String reviewTitle) {
    }

    private Decision toDecision(DecisionRecord r) {
        return new Decision(r.reviewId(), r.outcome(), r.statement(), r.rationale(),
                directory.describe(r.decisionMaker()), r.decidedAt(), r.alternatives(), r.consequences(),
                r.conditions(), r.revisitOn(), r.supersedes(), r.tags());
    }
}
