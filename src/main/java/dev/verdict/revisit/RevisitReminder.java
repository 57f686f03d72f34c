package dev.verdict.revisit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** That a decision's revisit reminder went out, and when: the row exists once it did. */
@Entity
@Table(name = "revisit_reminder")
class RevisitReminder {

    @Id
    @Column(name = "review_id")
    private UUID reviewId;

    @Column(name = "reminded_at", nullable = false)
    private Instant remindedAt;

    protected RevisitReminder() {
    }

    RevisitReminder(UUID reviewId, Instant remindedAt) {
        this.reviewId = reviewId;
        this.remindedAt = remindedAt;
    }

    UUID reviewId() { return reviewId; }
    Instant remindedAt() { return remindedAt; }
}
