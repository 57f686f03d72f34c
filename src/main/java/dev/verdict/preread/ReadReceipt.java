package dev.verdict.preread;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** "I have read it": one per person and review. */
@Entity
@Table(name = "read_receipt")
class ReadReceipt {

    @Id
    private UUID id;

    @Column(name = "review_id", nullable = false)
    private UUID reviewId;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected ReadReceipt() {
    }

    ReadReceipt(UUID reviewId, String username, Instant readAt) {
        this.id = UUID.randomUUID();
        this.reviewId = reviewId;
        this.username = username;
        this.readAt = readAt;
    }

    String username() { return username; }
    Instant readAt() { return readAt; }
}
