package dev.verdict.preread;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An in-app notification behind the bell. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    private UUID id;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "review_id", nullable = false)
    private UUID reviewId;

    @Column(nullable = false, length = 500)
    private String message;

    @Column(nullable = false, length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean seen;

    protected Notification() {
    }

    Notification(String username, UUID reviewId, String message, String link, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.reviewId = reviewId;
        this.message = message.length() > 500 ? message.substring(0, 499) + "…" : message;
        this.link = link;
        this.createdAt = createdAt;
    }

    void seen() {
        this.seen = true;
    }

    UUID id() { return id; }
    String username() { return username; }
    UUID reviewId() { return reviewId; }
    String message() { return message; }
    String link() { return link; }
    Instant createdAt() { return createdAt; }
    boolean isSeen() { return seen; }
}
