package dev.verdict.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One message owed to one webhook (the outbox): delivered, waiting for its next attempt, or given
 * up. One row per webhook and event ({@code chat_delivery_once}), so an event heard twice posts once.
 */
@Entity
@Table(name = "chat_delivery")
class ChatDelivery {

    @Id
    private UUID id;

    /** {@code global:<n>} (the n-th configured webhook) or {@code repository:<webhook id>}; never the URL. */
    @Column(nullable = false, length = 100)
    private String webhook;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WebhookKind kind;

    /** {@code <what happened>:<review id>}, e.g. {@code pre-read opened:...}. */
    @Column(nullable = false, length = 200)
    private String event;

    @Column(name = "review_id", nullable = false)
    private UUID reviewId;

    /** What the admin sees in the delivery list: "Pre-read opened: <title>". */
    @Column(nullable = false, length = 600)
    private String subject;

    /** The JSON body, built when the event was heard. */
    @Column(nullable = false)
    private String payload;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    protected ChatDelivery() {
    }

    ChatDelivery(String webhook, WebhookKind kind, String event, UUID reviewId, String subject, String payload, Instant now) {
        this.id = UUID.randomUUID();
        this.webhook = webhook;
        this.kind = kind;
        this.event = event;
        this.reviewId = reviewId;
        this.subject = subject.length() > 600 ? subject.substring(0, 599) + "…" : subject;
        this.payload = payload;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void delivered(Instant now) {
        attempts++;
        deliveredAt = now;
        lastError = null;
    }

    /**
     * A failed attempt: tried again at {@code retryAt}, or given up (failed) when {@code retryAt} is
     * null or past {@code giveUpAt}.
     */
    void failed(Instant now, String error, Instant retryAt, Instant giveUpAt) {
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 999) + "…" : error;
        if (retryAt == null || retryAt.isAfter(giveUpAt)) {
            failedAt = now;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    UUID id() { return id; }
    String webhook() { return webhook; }
    WebhookKind kind() { return kind; }
    String event() { return event; }
    UUID reviewId() { return reviewId; }
    String subject() { return subject; }
    String payload() { return payload; }
    int attempts() { return attempts; }
    Instant createdAt() { return createdAt; }
    Instant nextAttemptAt() { return nextAttemptAt; }
    String lastError() { return lastError; }
    Instant deliveredAt() { return deliveredAt; }
    Instant failedAt() { return failedAt; }
}
