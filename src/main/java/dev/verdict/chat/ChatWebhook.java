package dev.verdict.chat;

import dev.verdict.shared.RepositoryEndpoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A connected repository's webhook: its URL sealed by SecretBox, only the host kept to show. */
@Entity
@Table(name = "chat_webhook")
class ChatWebhook extends RepositoryEndpoint {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WebhookKind kind;

    @Column(name = "sealed_url", nullable = false, length = 4000)
    private String sealedUrl;

    protected ChatWebhook() {
    }

    ChatWebhook(UUID repositoryId, WebhookKind kind, String sealedUrl, String host, String createdBy, Instant createdAt) {
        super(repositoryId, host, createdBy, createdAt);
        this.kind = kind;
        this.sealedUrl = sealedUrl;
    }

    WebhookKind kind() { return kind; }
    String sealedUrl() { return sealedUrl; }

    /** How deliveries name this webhook: {@code repository:<id>}. */
    String key() {
        return "repository:" + id();
    }
}
