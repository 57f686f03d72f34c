package dev.verdict.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A connected repository's webhook: its URL sealed by SecretBox, only the host kept to show. */
@Entity
@Table(name = "chat_webhook")
class ChatWebhook {

    @Id
    private UUID id;

    @Column(name = "repository_id", nullable = false)
    private UUID repositoryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WebhookKind kind;

    @Column(name = "sealed_url", nullable = false, length = 4000)
    private String sealedUrl;

    @Column(nullable = false, length = 255)
    private String host;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ChatWebhook() {
    }

    ChatWebhook(UUID repositoryId, WebhookKind kind, String sealedUrl, String host, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.repositoryId = repositoryId;
        this.kind = kind;
        this.sealedUrl = sealedUrl;
        this.host = host;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    UUID id() { return id; }
    UUID repositoryId() { return repositoryId; }
    WebhookKind kind() { return kind; }
    String sealedUrl() { return sealedUrl; }
    String host() { return host; }
    Instant createdAt() { return createdAt; }

    /** How deliveries name this webhook: {@code repository:<id>}. */
    String key() {
        return "repository:" + id;
    }
}
