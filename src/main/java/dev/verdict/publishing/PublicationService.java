package dev.verdict.publishing;

import dev.verdict.decision.AdrWriter;
import dev.verdict.decision.RecordLinks;
import dev.verdict.decision.ReviewRecord;
import dev.verdict.decision.SummaryWriter;

import dev.verdict.decision.DecisionService;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells members of a review where its decision stands on the way into git. */
@Service
@Transactional(readOnly = true)
public class PublicationService {

    private final Publications publications;
    private final ReviewService reviews;
    private final DecisionService decisions;

    private final dev.verdict.meeting.MeetingService meetings;
    private final dev.verdict.repository.DocumentService documents;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final dev.verdict.preread.PreReadService preReads;
    private final java.time.ZoneId zone = java.time.ZoneId.systemDefault();
    private final PullRequests pullRequests;
    private final PullRequestWatch pullRequestWatch;

    PublicationService(Publications publications, ReviewService reviews, DecisionService decisions,
                       dev.verdict.meeting.MeetingService meetings, dev.verdict.repository.DocumentService documents,
                       org.springframework.context.ApplicationEventPublisher events, java.time.Clock clock,
                       dev.verdict.preread.PreReadService preReads, PullRequests pullRequests,
                       PullRequestWatch pullRequestWatch) {
        this.pullRequests = pullRequests;
        this.pullRequestWatch = pullRequestWatch;
        this.preReads = preReads;
        this.meetings = meetings;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
        this.publications = publications;
        this.reviews = reviews;
        this.decisions = decisions;
    }

    public PublicationStatus status(UUID reviewId) {
        String title = reviews.details(reviewId).title();
        boolean decided = decisions.decision(reviewId).isPresent();
        boolean moderator = reviews.roleOfCaller(reviewId) == ReviewRole.MODERATOR;
        var pullRequest = pullRequests.findById(reviewId)
                .map(pr -> new PublicationStatus.PullRequestStatus(pr.state(), pr.headBranch(), pr.number(), pr.url(),
                        pr.lastError(), pr.attempts(), pr.nextAttemptAt(), pr.reviewerNote(), pr.checkedAt(),
                        moderator && pr.state() == PullRequestState.PENDING))
                .orElse(null);
        return publications.findById(reviewId)
                .map(p -> new PublicationStatus(reviewId, title, decided, p.state(), p.attempts(), p.commitId(),
                        p.adrPath(), p.summaryPath(), p.lastError(), p.nextAttemptAt(), p.destination(),
                        moderator && p.state() == PublicationState.WAITING, pullRequest))
                .orElseGet(() -> new PublicationStatus(reviewId, title, decided, PublicationState.PUBLISHING, 0,
                        null, null, null, null, null, null, false));
    }

    /** The moderator does not wait for the backoff: the next retry round (within seconds) takes it. */
    @Transactional
    public void retryNow(UUID reviewId) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        Publication publication = publications.findById(reviewId)
                .filter(p -> p.state() == PublicationState.WAITING)
                .orElseThrow(() -> new IllegalStateException("This decision is not waiting to be published"));
        publication.retryNow(clock.instant());
        events.publishEvent(new PublicationChanged(reviewId));
    }

    /**
     * The moderator does not wait for the backoff: Verdict tries at once to open the pull request
     * that is still pending (the branch is already pushed).
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone but the review's moderators
     * @throws IllegalStateException when the review has no pending pull request
     */
    @Transactional
    public void retryPullRequest(UUID reviewId) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        PullRequest pullRequest = pullRequests.findById(reviewId)
                .filter(p -> p.state() == PullRequestState.PENDING)
                .orElseThrow(() -> new IllegalStateException("This decision has no pull request waiting to be opened"));
        pullRequest.retryNow(clock.instant());
        dev.verdict.shared.AfterCommit.run(() -> pullRequestWatch.openSoon(reviewId));
        events.publishEvent(new PublicationChanged(reviewId));
    }

    /**
     * Asks the host, in the background, whether the review's open pull request was merged or
     * closed; the page hears the answer as a {@link PublicationChanged}. Does nothing when there is
     * no open pull request. Members only.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone outside the review
     */
    public void checkPullRequest(UUID reviewId) {
        reviews.roleOfCaller(reviewId);
        pullRequests.findById(reviewId).filter(p -> p.state() == PullRequestState.OPEN)
                .ifPresent(p -> pullRequestWatch.checkSoon(reviewId));
    }

    /** The summary as it will be (or was) committed, for download and a safe preview. */
    public String summary(UUID reviewId) {
        var record = record(reviewId);
        return SummaryWriter.summary(record, zone, links(reviewId, record));
    }

    /** The ADR in the destination's convention; numbered files show the number they had or will likely take. */
    public String adr(UUID reviewId) {
        var record = record(reviewId);
        var pinned = record.review().pinnedDoc();
        var convention = pinned == null ? dev.verdict.repository.AdrConvention.ADR_TOOLS
                : documents.convention(pinned.reference().repositoryId());
        int number = publications.findById(reviewId).map(Publication::adrPath)
                .map(PublicationService::numberOf).orElse(0);
        // Until the commit is made the number is not known: no fetch here, a page must not wait on the git host.
        return AdrWriter.adr(convention, number, record, zone, links(reviewId, record));
    }

    /**
     * The summary as a printable PDF (A4), rendered from the same Markdown as {@link #summary}
     * through the safe renderer. Members only.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone outside the review
     * @throws IllegalStateException before the decision is recorded
     */
    public byte[] summaryPdf(UUID reviewId) {
        var record = record(reviewId);
        return SummaryPdf.render(record.review().title(), SummaryWriter.summary(record, zone, links(reviewId, record)));
    }

    /**
     * The whole review as a ZIP: {@code summary.md}, {@code summary.pdf}, the ADR under its file
     * name, the design doc as reviewed under {@code doc/} (at its pinned commit when it came from a
     * repository) and the pre-read comments as {@code comments.csv}. Members only.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone outside the review
     * @throws IllegalStateException before the decision is recorded
     */
    public byte[] reviewArchive(UUID reviewId) {
        var record = record(reviewId);
        String summary = SummaryWriter.summary(record, zone, links(reviewId, record));
        var pinned = record.review().pinnedDoc();
        String docName = pinned == null ? "design-doc.md" : fileName(pinned.reference().path());
        String adrName = publications.findById(reviewId).map(Publication::adrPath).map(PublicationService::fileName)
                .orElse("adr.md");
        return ReviewArchive.zip(java.util.List.of(
                ReviewArchive.Entry.text("summary.md", summary),
                new ReviewArchive.Entry("summary.pdf", SummaryPdf.render(record.review().title(), summary)),
                ReviewArchive.Entry.text(adrName, adr(reviewId)),
                ReviewArchive.Entry.text("doc/" + docName, record.review().designDoc()),
                ReviewArchive.Entry.text("comments.csv", ReviewArchive.commentsCsv(preReads.comments(reviewId)))));
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The doc by path and commit, and once committed the two files' paths. The web link the commit
     * carries needs the repository's URL, which only the publisher reads; a download names the commit instead.
     */
    private RecordLinks links(UUID reviewId, ReviewRecord record) {
        var pinned = record.review().pinnedDoc();
        var doc = pinned == null ? RecordLinks.NONE
                : new RecordLinks(pinned.reference().path(), pinned.reference().commit(), null, null, null);
        return publications.findById(reviewId).filter(p -> p.adrPath() != null && p.summaryPath() != null)
                .map(p -> doc.withPaths(p.adrPath(), p.summaryPath())).orElse(doc);
    }

    private ReviewRecord record(UUID reviewId) {
        reviews.roleOfCaller(reviewId);
        var decision = decisions.decision(reviewId)
                .orElseThrow(() -> new IllegalStateException("This review has no decision yet"));
        return new ReviewRecord(reviews.details(reviewId), meetings.room(reviewId), decision, preReads.stats(reviewId));
    }

    private static int numberOf(String adrPath) {
        var m = java.util.regex.Pattern.compile("/(\\d{4})-[^/]*$").matcher(adrPath);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
