package dev.verdict.tracker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A connected repository's issue tracker: its token sealed by SecretBox, the host kept to show. */
@Entity
@Table(name = "tracker")
class Tracker {

    @Id
    private UUID id;

    @Column(name = "repository_id", nullable = false)
    private UUID repositoryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TrackerKind kind;

    @Column(name = "base_url", nullable = false, length = NewTracker.MAX_URL)
    private String baseUrl;

    @Column(nullable = false, length = 255)
    private String host;

    @Column(nullable = false, length = NewTracker.MAX_PROJECT)
    private String project;

    @Column(name = "sealed_token", nullable = false, length = 4000)
    private String sealedToken;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Tracker() {
    }

    Tracker(UUID repositoryId, TrackerKind kind, String baseUrl, String host, String project, String sealedToken,
            String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.repositoryId = repositoryId;
        this.kind = kind;
        this.baseUrl = baseUrl;
        this.host = host;
        this.project = project;
        this.sealedToken = sealedToken;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    UUID id() { return id; }
    UUID repositoryId() { return repositoryId; }
    TrackerKind kind() { return kind; }
    String baseUrl() { return baseUrl; }
    String host() { return host; }
    String project() { return project; }
    String sealedToken() { return sealedToken; }

    /** "GitHub Issues · api.github.com": what pages and logs may say of it. */
    String describe() {
        return kind.label() + " · " + host;
    }
}
