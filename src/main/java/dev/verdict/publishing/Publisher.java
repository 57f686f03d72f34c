package dev.verdict.publishing;

import dev.verdict.repository.WebLinks;

import dev.verdict.decision.AdrWriter;
import dev.verdict.decision.RecordLinks;
import dev.verdict.decision.ReviewRecord;
import dev.verdict.decision.SummaryWriter;

import dev.verdict.decision.DecisionService;
import dev.verdict.decision.ReviewDecided;
import dev.verdict.identity.CurrentUser;
import dev.verdict.identity.Person;
import dev.verdict.meeting.MeetingService;
import dev.verdict.repository.AdrConvention;
import dev.verdict.repository.DocumentService;
import dev.verdict.repository.PublishMode;
import dev.verdict.repository.PublishTarget;
import dev.verdict.review.ReviewService;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Publishes a decided review. The event registry recorded the publication in the closing
 * transaction; this listener completes it only when the commit is on the remote, so a failure
 * leaves it open for the next attempt.
 */
@Component
class Publisher {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    private final ReviewService reviews;
    private final MeetingService meetings;
    private final DecisionService decisions;
    private final DecisionArchive archive;
    private final Publications publications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DocumentService documents;
    private final dev.verdict.preread.PreReadService preReads;
    private final ZoneId zone = ZoneId.systemDefault();
    private final dev.verdict.shared.AuditLog audit;
    private final PublishMeters meters;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final PullRequests pullRequests;
    private final PullRequestWatch pullRequestWatch;

    Publisher(ReviewService reviews, MeetingService meetings, DecisionService decisions, DecisionArchive archive,
              Publications publications, ApplicationEventPublisher events, Clock clock, DocumentService documents,
              dev.verdict.preread.PreReadService preReads, dev.verdict.shared.AuditLog audit, PublishMeters meters,
              org.springframework.transaction.support.TransactionTemplate transactions, PullRequests pullRequests,
              PullRequestWatch pullRequestWatch) {
        this.pullRequests = pullRequests;
        this.pullRequestWatch = pullRequestWatch;
        this.transactions = transactions;
        this.audit = audit;
        this.meters = meters;
        this.preReads = preReads;
        this.documents = documents;
        this.reviews = reviews;
        this.meetings = meetings;
        this.decisions = decisions;
        this.archive = archive;
        this.publications = publications;
        this.events = events;
        this.clock = clock;
    }

    @Async
    @TransactionalEventListener
    void on(ReviewDecided event) {
        CurrentUser.asSystem(() -> publish(event.reviewId()));
    }

    private Void publish(UUID reviewId) {
        Publication publication = publications.findById(reviewId).orElseGet(() -> new Publication(reviewId, clock.instant()));
        if (publication.state() == PublicationState.PUBLISHED) {
            return null;
        }
        publication.attempt(clock.instant());
        publication = publications.save(publication);
        long started = System.nanoTime();
        try {
            ReviewRecord record = new ReviewRecord(reviews.details(reviewId), meetings.room(reviewId),
                    decisions.decision(reviewId).orElseThrow(), preReads.stats(reviewId));
            Person moderator = record.review().moderator();
            var pinned = record.review().pinnedDoc();
            PublishTarget destination = pinned == null ? null : documents.publishTarget(pinned.reference().repositoryId());
            AdrConvention convention = destination == null ? AdrConvention.ADR_TOOLS : destination.convention();
            RecordLinks links = links(record, destination);
            var archived = archive.archive(new DecisionArchive.Submission(
                    reviewId,
                    Slugs.of(record.review().title()),
                    placed -> AdrWriter.adr(convention, placed.number(), record, zone,
                            links.withPaths(placed.adrPath(), placed.summaryPath())),
                    record.decision().decidedAt().atZone(zone).toLocalDate() + "-" + Slugs.of(record.review().title()) + ".md",
                    placed -> SummaryWriter.summary(record, zone, links.withPaths(placed.adrPath(), placed.summaryPath())),
                    new DecisionArchive.Author(moderator.displayName(), moderator.email()),
                    message(record),
                    destination,
                    record.decision().decidedAt().atZone(zone).toLocalDate(),
                    record.decision().supersedes()));
            publication.published(archived, (destination == null ? archive.configuredName() : destination.name())
                    + ": " + archived.branch(), clock.instant());
            Publication done = publication;
            boolean pullRequest = destination != null && destination.mode() == PublishMode.PULL_REQUEST;
            // One transaction: the registry keeps DecisionPublished for its listeners (the summary
            // email) exactly when the publication is recorded as published, and a pull request to
            // open is recorded with it, so it is never forgotten (ADR 26).
            transactions.executeWithoutResult(status -> {
                publications.save(done);
                if (pullRequest && !pullRequests.existsById(reviewId)) {
                    pullRequests.save(new PullRequest(reviewId, pinned.reference().repositoryId(), archived.branch(),
                            destination.target().branch(), pullRequestTitle(record),
                            SummaryWriter.summary(record, zone, links.withPaths(archived.adrPath(), archived.summaryPath())),
                            record.decision().decisionMaker() == null ? null : record.decision().decisionMaker().username(),
                            clock.instant()));
                }
                events.publishEvent(new DecisionPublished(reviewId));
                // In the same transaction (ADR 16): whoever sees "published" finds it in the trail.
                audit.record(reviewId, "published", done.destination(), null, archived.commitId());
            });
            if (pullRequest) {
                pullRequestWatch.openSoon(reviewId);
            }
            log.info("Published review {} as commit {}", reviewId, archived.commitId());
            meters.attempt(PublishMeters.PUBLISHED, started);
            return null;
        } catch (DecisionConflictException e) {
            // Terminal: retrying cannot change what the repository records. A person decides.
            publication.conflict(e.getMessage(), clock.instant());
            publications.save(publication);
            audit.record(reviewId, "publication refused", null, null, e.getMessage());
            log.warn("Publishing review {} refused: {}", reviewId, e.getMessage());
            meters.attempt(PublishMeters.CONFLICT, started);
            return null;
        } catch (RuntimeException e) {
            publication.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), clock.instant());
            publications.save(publication);
            audit.record(reviewId, "publication attempt failed", "attempt " + publication.attempts(), null, publication.lastError());
            log.warn("Publishing review {} failed (attempt {}): {}", reviewId, publication.attempts(), e.getMessage());
            meters.attempt(PublishMeters.FAILED, started);
            throw new PublicationPostponed("Publishing review " + reviewId + " postponed: " + e.getMessage(), e);
        } finally {
            events.publishEvent(new PublicationChanged(reviewId));
        }
    }

    /** "Design review decision: Search indexing (Approved)": the review and its outcome, on one line. */
    static String pullRequestTitle(ReviewRecord record) {
        return "Design review decision: " + SummaryWriter.oneLine(record.review().title())
                + " (" + record.decision().outcome().label() + ")";
    }

    /** The design doc at its pinned commit (a web link where the host is known); the files' paths come at commit time. */
    static RecordLinks links(ReviewRecord record, PublishTarget destination) {
        var pinned = record.review().pinnedDoc();
        if (pinned == null) {
            return RecordLinks.NONE;
        }
        String web = destination == null ? null
                : WebLinks.blob(destination.target().url().value(), pinned.reference().commit(), pinned.reference().path()).orElse(null);
        return new RecordLinks(pinned.reference().path(), pinned.reference().commit(), web, null, null);
    }

    /**
     * The commit message: subject, outcome and decision statement (a retry compares them with what
     * an earlier commit for the review records, see {@link DecisionArchive.Recorded}), the review's trailer, then a {@code Reviewed-by} trailer
     * (the Linux kernel's convention, read by {@code git interpret-trailers}) for each person who
     * took part, and an {@code Informed} trailer for each observer, who read along but did not review.
     */
    static String message(ReviewRecord record) {
        var msg = new StringBuilder();
        msg.append("Record design review decision: ").append(SummaryWriter.oneLine(record.review().title())).append("\n\n");
        msg.append("Outcome: ").append(record.decision().outcome().label()).append('\n');
        msg.append("Decision: ").append(SummaryWriter.oneLine(record.decision().statement())).append("\n\n");
        msg.append(DecisionArchive.trailer(record.review().id())).append('\n');
        record.review().members().stream().filter(m -> m.role().participates())
                .forEach(m -> msg.append("Reviewed-by: ").append(trailerValue(m.person())).append('\n'));
        record.review().members().stream().filter(m -> !m.role().participates())
                .forEach(m -> msg.append("Informed: ").append(trailerValue(m.person())).append('\n'));
        return msg.toString();
    }

    private static String trailerValue(Person person) {
        return SummaryWriter.oneLine(person.displayName()) + " <" + person.email() + ">";
    }
}
