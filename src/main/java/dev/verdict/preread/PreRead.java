package dev.verdict.preread;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The moderator opened the pre-read of a review at this time. */
@Entity
@Table(name = "pre_read")
class PreRead {

    @Id
    @Column(name = "review_id")
    private UUID reviewId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 100)
    private String openedBy;

    protected PreRead() {
    }

    PreRead(UUID reviewId, Instant openedAt, String openedBy) {
        this.reviewId = reviewId;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    UUID reviewId() { return reviewId; }
    Instant openedAt() { return openedAt; }
    String openedBy() { return openedBy; }
}
