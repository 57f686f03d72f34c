package dev.verdict.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** A read-only link to a review's room for a TV; the token is the only credential, so it can be revoked. */
@Entity
@Table(name = "room_display")
class RoomDisplay {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(length = 64)
    private String token;

    @Column(name = "review_id", nullable = false)
    private UUID reviewId;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected RoomDisplay() {
    }

    RoomDisplay(UUID reviewId, String createdBy, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.reviewId = reviewId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    boolean active() {
        return revokedAt == null;
    }

    String token() { return token; }
    UUID reviewId() { return reviewId; }
}
