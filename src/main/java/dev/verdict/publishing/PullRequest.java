package dev.verdict.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The one pull request a publication in pull-request mode opens (ADR 26): recorded as pending in
 * the transaction that records the pushed commit, so it is never forgotten; opened, retried with
 * the publication's backoff and then watched until merged or closed.
 */
@Entity
@Table(name = "pull_request")
class PullRequest {

    @Id
    @Column(name = "review_id")
    private UUID reviewId;

    @Column(name = "repository_id", nullable = false)
    private UUID repositoryId;

    @Column(name = "head_branch", nullable = false, length = 300)
    private String headBranch;

    @Column(name = "base_branch", nullable = false, length = 200)
    private String baseBranch;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false)
    private String body;

    /** The decision maker's Verdict user name, asked to review where the host knows it. */
    @Column(length = 100)
    private String reviewer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PullRequestState state;

    private Long number;

    @Column(length = 1000)
    private String url;

    @Column(name = "reviewer_note", length = 500)
    private String reviewerNote;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PullRequest() {
    }

    PullRequest(UUID reviewId, UUID repositoryId, String headBranch, String baseBranch, String title, String body,
                String reviewer, Instant now) {
        this.reviewId = reviewId;
        this.repositoryId = repositoryId;
        this.headBranch = headBranch;
        this.baseBranch = baseBranch;
        this.title = title.length() > 500 ? title.substring(0, 499) + "…" : title;
        this.body = body;
        this.reviewer = reviewer;
        this.state = PullRequestState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Opened (or found open) on the host; from now on it is watched. */
    void opened(CodeHost.Opened opened, String reviewerNote, Instant now) {
        attempts++;
        number = opened.number();
        url = opened.url();
        state = opened.state();
        this.reviewerNote = reviewerNote;
        lastError = null;
        nextAttemptAt = null;
        checkedAt = now;
        updatedAt = now;
    }

    /** Still pending: tried again after the host's Retry-After, else the publication's backoff. */
    void failed(String reason, Duration retryAfter, Instant now) {
        attempts++;
        lastError = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        Duration wait = retryAfter != null ? retryAfter : Publication.backoff(attempts);
        nextAttemptAt = now.plus(wait);
        updatedAt = now;
    }

    /** Read again on the host; true when its state changed. */
    boolean checked(PullRequestState now, Instant at) {
        checkedAt = at;
        lastError = null;
        if (now == state) {
            return false;
        }
        state = now;
        updatedAt = at;
        return true;
    }

    /** A check that failed: the state stays as last seen, with the reason. */
    void checkFailed(String reason, Instant at) {
        checkedAt = at;
        lastError = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    void retryNow(Instant now) {
        nextAttemptAt = now;
    }

    boolean due(Instant now) {
        return state == PullRequestState.PENDING && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
    }

    UUID reviewId() { return reviewId; }
    UUID repositoryId() { return repositoryId; }
    String headBranch() { return headBranch; }
    String baseBranch() { return baseBranch; }
    String title() { return title; }
    String body() { return body; }
    String reviewer() { return reviewer; }
    PullRequestState state() { return state; }
    Long number() { return number; }
    String url() { return url; }
    String reviewerNote() { return reviewerNote; }
    int attempts() { return attempts; }
    String lastError() { return lastError; }
    Instant nextAttemptAt() { return nextAttemptAt; }
    Instant checkedAt() { return checkedAt; }
}
