package dev.verdict.publishing;

import dev.verdict.decision.DecisionService;
import dev.verdict.decision.RecordedDecisions;
import dev.verdict.identity.CurrentUser;
import dev.verdict.meeting.MeetingService;
import dev.verdict.repository.DocumentService;
import dev.verdict.repository.PublishTarget;
import dev.verdict.review.ReviewService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * Reconciles the database with git at start-up. The only way a review's commit can be on the
 * remote while the database has no decision is a crash that lost a committed transaction, and a
 * crash ends in a restart: so once the app is ready, every review whose meeting started and is not
 * decided is looked up in its repository by its {@code Design-Review} trailer. What is found is
 * flagged: the decision form shows it and refuses a different decision ({@link DecisionService}),
 * and a publication that still meets a contradicting commit is refused ({@link DecisionConflictException}).
 * The record is not rebuilt from git: the summary and ADR are the team's, and may have been edited since.
 */
@Component
class Reconciliation implements RecordedDecisions {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    private final MeetingService meetings;
    private final ReviewService reviews;
    private final DocumentService documents;
    private final DecisionArchive archive;
    private final Map<UUID, RecordedDecision> found = new ConcurrentHashMap<>();

    Reconciliation(MeetingService meetings, ReviewService reviews, DocumentService documents, DecisionArchive archive) {
        this.meetings = meetings;
        this.reviews = reviews;
        this.documents = documents;
        this.archive = archive;
    }

    @Override
    public Optional<RecordedDecision> recordedFor(UUID reviewId) {
        return Optional.ofNullable(found.get(reviewId));
    }

    @Async
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        CurrentUser.asSystem(() -> {
            reconcile();
            return null;
        });
    }

    /**
     * Looks up every started, undecided review in its repository; one fetch per repository. A
     * repository that cannot be reached is logged in one line and skipped; a publication to it
     * would still refuse a contradicting commit.
     *
     * @return how many reviews were found recorded in git without a decision in the database
     */
    int reconcile() {
        // A started meeting closes in the transaction that records its decision: these are undecided.
        Map<Optional<UUID>, List<UUID>> byRepository = new HashMap<>();
        for (var source : reviews.docSources(meetings.startedAndUndecided())) {
            byRepository.computeIfAbsent(Optional.ofNullable(source.repositoryId()), k -> new ArrayList<>()).add(source.reviewId());
        }
        int flagged = 0;
        for (var entry : byRepository.entrySet()) {
            try {
                PublishTarget destination = entry.getKey().map(documents::publishTarget).orElse(null);
                String name = destination == null ? archive.configuredName() : destination.name();
                for (var hit : archive.recorded(destination, entry.getValue()).entrySet()) {
                    var r = hit.getValue();
                    var recorded = new RecordedDecision(r.commitId(), r.outcome(), r.statement(), name + ": " + r.branch());
                    found.put(hit.getKey(), recorded);
                    flagged++;
                    log.warn("Review {} has no decision in the database, but {}; the decision form asks for that decision",
                            hit.getKey(), recorded.describe());
                }
            } catch (RuntimeException e) {
                log.warn("Could not check a repository for decisions lost in a crash: {}", e.getMessage());
            }
        }
        return flagged;
    }
}
