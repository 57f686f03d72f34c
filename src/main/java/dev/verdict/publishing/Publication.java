package dev.verdict.publishing;

import dev.verdict.shared.OutboxDrain;
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

/** Where a decided review stands on its way into git. */
@Entity
@Table(name = "publication")
class Publication {

    @Id
    @Column(name = "review_id")
    private UUID reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicationState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "commit_id", length = 64)
    private String commitId;

    @Column(name = "adr_path", length = 500)
    private String adrPath;

    @Column(name = "summary_path", length = 500)
    private String summaryPath;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    /** The repository and branch it went to, e.g. "Demo repository: main". */
    @Column(length = 300)
    private String destination;

    /** When the summary email went out to the review's members; null until then (ADR 20). */
    @Column(name = "summary_mailed_at")
    private Instant summaryMailedAt;

    @Version
    private long version;

    protected Publication() {
    }

    Publication(UUID reviewId, Instant now) {
        this.reviewId = reviewId;
        this.state = PublicationState.PUBLISHING;
        this.updatedAt = now;
    }

    void attempt(Instant now) {
        attempts++;
        updatedAt = now;
    }

    /** Waits 30 s after the first failure, then twice as long after each, at most 15 minutes. */
    static Duration backoff(int attempts) {
        return OutboxDrain.backoff(attempts, Duration.ofSeconds(30), Duration.ofMinutes(15));
    }

    /** Due for another attempt: waiting, and its next attempt time has come. */
    boolean due(Instant now) {
        return state == PublicationState.WAITING && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
    }

    /** The moderator asked to try again now. */
    void retryNow(Instant now) {
        nextAttemptAt = now;
    }

    void published(DecisionArchive.Archived archived, String destination, Instant now) {
        state = PublicationState.PUBLISHED;
        this.destination = destination;
        nextAttemptAt = null;
        commitId = archived.commitId();
        adrPath = archived.adrPath();
        summaryPath = archived.summaryPath();
        lastError = null;
        updatedAt = now;
    }

    void failed(String reason, Instant now) {
        state = PublicationState.WAITING;
        lastError = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        updatedAt = now;
        nextAttemptAt = now.plus(backoff(attempts));
    }

    /** Refused for good: the repository records another decision for this review. No further attempts. */
    void conflict(String reason, Instant now) {
        state = PublicationState.NEEDS_ATTENTION;
        lastError = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        updatedAt = now;
        nextAttemptAt = null;
    }

    /**
     * Claims the summary email for this publication: true once, for a published decision whose
     * email has not gone out; saved with the publication's version, so of two claims at once only
     * one commits.
     */
    boolean claimSummaryMail(Instant now) {
        if (state != PublicationState.PUBLISHED || summaryMailedAt != null) {
            return false;
        }
        summaryMailedAt = now;
        return true;
    }

    UUID reviewId() { return reviewId; }
    Instant summaryMailedAt() { return summaryMailedAt; }
    PublicationState state() { return state; }
    int attempts() { return attempts; }
    String commitId() { return commitId; }
    String adrPath() { return adrPath; }
    String summaryPath() { return summaryPath; }
    String lastError() { return lastError; }
    Instant updatedAt() { return updatedAt; }
    Instant nextAttemptAt() { return nextAttemptAt; }
    String destination() { return destination; }
}
