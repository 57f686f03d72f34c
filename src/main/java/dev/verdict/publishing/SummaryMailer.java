package dev.verdict.publishing;

import dev.verdict.repository.WebLinks;

import dev.verdict.decision.Decision;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.SummaryWriter;
import dev.verdict.identity.CurrentUser;
import dev.verdict.identity.Person;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.MeetingService;
import dev.verdict.meeting.RoomState;
import dev.verdict.repository.DocumentService;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewService;
import dev.verdict.shared.Mailer;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails the decision to every member of the review once it is published, when SMTP is configured
 * ({@code spring.mail.host}): the outcome and decision statement, the decision maker, the tags,
 * the action items grouped by owner with their due dates, the commit and the ADR (web links where
 * the host is GitHub or GitLab, else the commit id, repository and path), and the review's page.
 * <p>
 * Once per publication: the publication records when the email went out ({@code summary_mailed_at}),
 * claimed in its own transaction before the first message is sent, so a resubmitted event (a
 * retry, a restart) sends nothing again. A crash between the claim and the sending loses the email
 * rather than sending it twice. Without SMTP nothing is claimed or sent. The email is plain text
 * ({@code text/plain}): a title or action item typed as HTML arrives as those characters, never as markup.
 */
@Component
class SummaryMailer {

    private static final Logger log = LoggerFactory.getLogger(SummaryMailer.class);

    private final Mailer mailer;
    private final Publications publications;
    private final ReviewService reviews;
    private final MeetingService meetings;
    private final DecisionService decisions;
    private final DocumentService documents;
    private final DecisionArchive archive;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SummaryMailer(Mailer mailer, Publications publications, ReviewService reviews, MeetingService meetings,
                  DecisionService decisions, DocumentService documents, DecisionArchive archive,
                  TransactionTemplate transactions, Clock clock) {
        this.mailer = mailer;
        this.publications = publications;
        this.reviews = reviews;
        this.meetings = meetings;
        this.decisions = decisions;
        this.documents = documents;
        this.archive = archive;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Async
    @TransactionalEventListener
    void on(DecisionPublished event) {
        CurrentUser.asSystem(() -> send(event.reviewId()));
    }

    /**
     * Sends the summary email for a published decision unless it went out already.
     *
     * @return how many members' mail servers took it (0 without SMTP, when sent before, or not yet published)
     */
    int send(UUID reviewId) {
        if (!mailer.configured()) {
            return 0;
        }
        Publication publication = publications.findById(reviewId).orElse(null);
        if (publication == null || publication.state() != PublicationState.PUBLISHED || publication.summaryMailedAt() != null) {
            return 0;
        }
        // Everything is read before the claim: a failure here leaves the email owed, and the
        // registry's resubmission tries again.
        ReviewDetails review = reviews.details(reviewId);
        Decision decision = decisions.decision(reviewId).orElseThrow();
        RoomState room = meetings.room(reviewId);
        String gitUrl = gitUrl(review);
        if (!claim(reviewId)) {
            return 0;
        }
        int sent = 0;
        String subject = "Decided: " + SummaryWriter.oneLine(review.title()) + " (" + decision.outcome().label() + ")";
        for (ReviewDetails.Member member : review.members()) {
            Person person = member.person();
            if (mailer.send(person.email(), subject, body(person, review, decision, room, publication, gitUrl))) {
                sent++;
            }
        }
        log.info("Summary of review {} emailed to {} of {} members", reviewId, sent, review.members().size());
        return sent;
    }

    private boolean claim(UUID reviewId) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> publications.findById(reviewId)
                    .filter(p -> p.claimSummaryMail(clock.instant()))
                    .map(p -> {
                        publications.saveAndFlush(p);
                        return true;
                    }).orElse(false)));
        } catch (ObjectOptimisticLockingFailureException e) {
            // Another attempt claimed it (or the publication changed) at the same moment: it sends.
            return false;
        }
    }

    /** The repository's URL for web links, where the doc came from a connected repository; null otherwise. */
    private String gitUrl(ReviewDetails review) {
        var pinned = review.pinnedDoc();
        if (pinned == null) {
            return null;
        }
        return documents.publishTarget(pinned.reference().repositoryId()).target().url().value();
    }

    String body(Person to, ReviewDetails review, Decision decision, RoomState room, Publication publication, String gitUrl) {
        var text = new StringBuilder();
        text.append("Hello ").append(SummaryWriter.oneLine(to.displayName())).append(",\n\n");
        text.append("The design review “").append(SummaryWriter.oneLine(review.title()))
                .append("” is decided, and its record is in the repository.\n\n");
        text.append("Outcome: ").append(decision.outcome().label()).append('\n');
        text.append("Decision: ").append(SummaryWriter.oneLine(decision.statement())).append('\n');
        text.append("Decision maker: ").append(SummaryWriter.oneLine(decision.decisionMaker().displayName())).append('\n');
        if (decision.conditions() != null) {
            text.append("Conditions: ").append(SummaryWriter.oneLine(decision.conditions())).append('\n');
        }
        if (!decision.tags().isEmpty()) {
            text.append("Tags: ").append(String.join(", ", decision.tags())).append('\n');
        }
        text.append("\nAction items\n");
        Map<String, List<RoomState.Captured>> byOwner = new LinkedHashMap<>();
        room.of(CaptureKind.ACTION).stream()
                .sorted(Comparator.comparing((RoomState.Captured a) -> a.owner() == null ? "" : a.owner().displayName(),
                        String.CASE_INSENSITIVE_ORDER))
                .forEach(a -> byOwner.computeIfAbsent(a.owner() == null ? "Nobody" : SummaryWriter.oneLine(a.owner().displayName()),
                        k -> new java.util.ArrayList<>()).add(a));
        if (byOwner.isEmpty()) {
            text.append("None.\n");
        }
        byOwner.forEach((owner, actions) -> {
            text.append('\n').append(owner).append(":\n");
            actions.stream().sorted(Comparator.comparing(RoomState.Captured::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                    .forEach(a -> text.append("- ").append(SummaryWriter.oneLine(a.text()))
                            .append(a.dueDate() == null ? "" : " (due " + a.dueDate() + ")").append('\n'));
        });
        text.append('\n');
        String where = publication.destination() == null ? archive.configuredName() : publication.destination();
        text.append("Commit: ").append(WebLinks.commit(gitUrl, publication.commitId())
                .orElse(publication.commitId() + " in " + where)).append('\n');
        text.append("ADR: ").append(WebLinks.blob(gitUrl, publication.commitId(), publication.adrPath())
                .orElse(publication.adrPath())).append('\n');
        text.append("Meeting summary: ").append(WebLinks.blob(gitUrl, publication.commitId(), publication.summaryPath())
                .orElse(publication.summaryPath())).append('\n');
        text.append("Review: ").append(mailer.link("reviews/" + review.id() + "/publication")).append("\n\n");
        text.append("— Verdict\n");
        return text.toString();
    }
}
