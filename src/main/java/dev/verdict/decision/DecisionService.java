package dev.verdict.decision;

import dev.verdict.identity.Person;
import dev.verdict.identity.UserDirectory;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import jakarta.validation.Valid;
import java.time.Clock;
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

    DecisionService(DecisionRecords records, ReviewService reviews, MeetingService meetings,
                    UserDirectory directory, ApplicationEventPublisher events, Clock clock) {
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

    public void close(UUID reviewId, @Valid CloseMeeting request) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        if (records.existsById(reviewId)) {
            throw new IllegalStateException("This review has already been decided");
        }
        ReviewDetails review = reviews.details(reviewId);
        var participants = review.participants().stream().map(Person::username).collect(Collectors.toSet());
        DecisionRecord record = DecisionRecord.record(reviewId, request, participants, clock.instant());
        meetings.close(reviewId);
        reviews.lockAgenda(reviewId);
        records.save(record);
        events.publishEvent(new ReviewDecided(reviewId));
    }

    private Decision toDecision(DecisionRecord r) {
        return new Decision(r.reviewId(), r.outcome(), r.statement(), r.rationale(),
                directory.describe(r.decisionMaker()), r.decidedAt());
    }
}
