package dev.verdict.publishing;

import dev.verdict.identity.CurrentUser;
import dev.verdict.repository.CodeHostAccess;
import dev.verdict.repository.CodeHostKind;
import dev.verdict.repository.DocumentService;
import dev.verdict.shared.AuditLog;
import dev.verdict.shared.OutboxDrain;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens each publication's pull request and watches it (ADR 26), on a thread of its own so a slow
 * host never holds up a review, a page or the shared scheduler. A pending one is opened once its
 * next attempt is due (at once after the push, then with the publication's backoff or the host's
 * {@code Retry-After}), after looking for an open pull request from the same branch first, so a
 * publication never opens two. An open one is read again every {@code verdict.pull-requests.poll-interval}
 * and whenever its page asks. Every outcome is saved and shown on the publication page.
 */
@Component
class PullRequestWatch {

    /** GitHub's limit for a pull request body is 65 536 characters, Bitbucket's lower: the body stays under 30 000. */
    static final int MAX_BODY = 30_000;
    private static final Logger log = LoggerFactory.getLogger(PullRequestWatch.class);

    private final PullRequests pullRequests;
    private final DocumentService documents;
    private final Map<CodeHostKind, CodeHost> hosts = new EnumMap<>(CodeHostKind.class);
    private final PullRequestProperties properties;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    /**
     * All host calls, on one node at a time (ADR 27): two nodes both finding no open pull request for
     * a branch would open two. Work skipped while another node holds the lock stays due and is taken
     * up at a later tick.
     */
    private final OutboxDrain worker;

    PullRequestWatch(PullRequests pullRequests, DocumentService documents, List<CodeHost> hosts,
                     PullRequestProperties properties, TransactionTemplate transactions,
                     ApplicationEventPublisher events, AuditLog audit, Clock clock, LockProvider locks) {
        this.worker = new OutboxDrain("verdict-pull-requests", "pull-requests", locks, clock);
        this.pullRequests = pullRequests;
        this.documents = documents;
        hosts.forEach(h -> this.hosts.put(h.kind(), h));
        this.properties = properties;
        this.transactions = transactions;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every few seconds: the due pending ones, then the open ones not read for a poll interval. */
    @Scheduled(fixedDelayString = "${verdict.pull-requests.tick-millis:5000}", initialDelayString = "${verdict.pull-requests.tick-millis:5000}")
    void tick() {
        worker.drainSoon(() -> {
            try {
                pullRequests.due(clock.instant()).forEach(this::open);
                pullRequests.toCheck(clock.instant().minus(properties.getPollInterval())).forEach(this::check);
            } catch (RuntimeException e) {
                log.warn("Watching pull requests failed: {}", e.getClass().getSimpleName());
            }
        });
    }

    /** Opens the review's pull request soon, on the watcher's thread. */
    void openSoon(UUID reviewId) {
        worker.runSoon(() -> open(reviewId));
    }

    /** Reads the review's pull request again soon, on the watcher's thread. */
    void checkSoon(UUID reviewId) {
        worker.runSoon(() -> check(reviewId));
    }

    @PreDestroy
    void stop() {
        worker.stop();
    }

    /** One attempt to open a pending pull request (or find the one already open for its branch). */
    void open(UUID reviewId) {
        PullRequest pr = pullRequests.findById(reviewId).orElse(null);
        if (pr == null || pr.state() != PullRequestState.PENDING) {
            return;
        }
        try {
            CodeHostAccess access = access(pr);
            CodeHost host = hosts.get(access.kind());
            Optional<CodeHost.Opened> existing = host.findOpen(access, pr.headBranch(), pr.baseBranch());
            CodeHost.Opened opened;
            String note = null;
            if (existing.isPresent()) {
                opened = existing.get();
            } else {
                Optional<String> handle = pr.reviewer() == null ? Optional.empty() : host.reviewer(access, pr.reviewer());
                note = pr.reviewer() == null ? "No reviewer was requested: the decision has no decision maker."
                        : handle.isPresent() ? "Review requested from `" + pr.reviewer() + "`, the decision maker."
                        : "No reviewer was requested: " + access.kind().label() + " knows no user `" + pr.reviewer()
                        + "` (the decision maker's Verdict user name) who may review here.";
                opened = host.open(access, new CodeHost.Draft(pr.headBranch(), pr.baseBranch(), pr.title(),
                        body(pr.body(), note), handle.orElse(null)));
            }
            String reviewerNote = note;
            save(pr, p -> p.opened(opened, reviewerNote, clock.instant()));
            audit.record(reviewId, access.kind().requestName() + " opened", null, null, opened.url());
            log.info("Opened {} {} for review {}", access.kind().requestName(), opened.number(), reviewId);
        } catch (CodeHostException e) {
            failed(pr, e.getMessage(), e);
        } catch (RuntimeException e) {
            failed(pr, "Opening the pull request failed: " + e.getClass().getSimpleName(), e);
        } finally {
            events.publishEvent(new PublicationChanged(reviewId));
        }
    }

    private void failed(PullRequest pr, String reason, RuntimeException e) {
        var retryAfter = e instanceof CodeHostException c ? c.retryAfter() : null;
        save(pr, p -> p.failed(reason, retryAfter, clock.instant()));
        log.info("Pull request for review {} not opened yet (attempt {}): {}", pr.reviewId(), pr.attempts() + 1, reason);
    }

    /** Reads an open pull request's state again; merged or closed is recorded and shown. */
    void check(UUID reviewId) {
        PullRequest pr = pullRequests.findById(reviewId).orElse(null);
        if (pr == null || pr.state() != PullRequestState.OPEN || pr.number() == null) {
            return;
        }
        try {
            CodeHostAccess access = access(pr);
            var now = hosts.get(access.kind()).read(access, pr.number());
            boolean[] changed = new boolean[1];
            save(pr, p -> changed[0] = p.checked(now.state(), clock.instant()));
            if (changed[0]) {
                audit.record(reviewId, access.kind().requestName() + " " + now.state().label(), null, null, pr.url());
            }
        } catch (RuntimeException e) {
            String reason = e instanceof CodeHostException ? e.getMessage() : "Reading the pull request failed: " + e.getClass().getSimpleName();
            save(pr, p -> p.checkFailed(reason, clock.instant()));
        } finally {
            events.publishEvent(new PublicationChanged(reviewId));
        }
    }

    private CodeHostAccess access(PullRequest pr) {
        CodeHostAccess access = CurrentUser.asSystem(() -> documents.publishTarget(pr.repositoryId()).codeHost());
        if (access == null || !hosts.containsKey(access.kind())) {
            throw new CodeHostException("Verdict does not know this repository's host API: an admin sets it for the"
                    + " repository on the Repositories page", null);
        }
        if (!access.hasToken()) {
            throw new CodeHostException("No API token for " + access.kind().label() + ": an admin sets one for the"
                    + " repository on the Repositories page", null);
        }
        return access;
    }

    private void save(PullRequest pr, java.util.function.Consumer<PullRequest> change) {
        transactions.executeWithoutResult(status -> pullRequests.findById(pr.reviewId()).ifPresent(fresh -> {
            change.accept(fresh);
            pullRequests.save(fresh);
        }));
    }

    static String body(String summary, String note) {
        String tail = "\n\n---\n\n" + note + "\n";
        String body = summary.strip();
        if (body.length() + tail.length() > MAX_BODY) {
            body = body.substring(0, MAX_BODY - tail.length() - 80) + "\n\n… (cut here: the whole summary is in the branch)";
        }
        return body + tail;
    }
}
