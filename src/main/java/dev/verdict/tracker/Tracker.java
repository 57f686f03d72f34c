package dev.verdict.tracker;

import dev.verdict.shared.RepositoryEndpoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A connected repository's issue tracker: its token sealed by SecretBox, the host kept to show. */
@Entity
@Table(name = "tracker")
class Tracker extends RepositoryEndpoint {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TrackerKind kind;

    @Column(name = "base_url", nullable = false, length = NewTracker.MAX_URL)
    private String baseUrl;

    @Column(nullable = false, length = NewTracker.MAX_PROJECT)
    private String project;

    @Column(name = "sealed_token", nullable = false, length = 4000)
    private String sealedToken;

    protected Tracker() {
    }

    Tracker(UUID repositoryId, TrackerKind kind, String baseUrl, String host, String project, String sealedToken,
            String createdBy, Instant createdAt) {
        super(repositoryId, host, createdBy, createdAt);
        this.kind = kind;
        this.baseUrl = baseUrl;
        this.project = project;
        this.sealedToken = sealedToken;
    }

    TrackerKind kind() { return kind; }
    String baseUrl() { return baseUrl; }
    String project() { return project; }
    String sealedToken() { return sealedToken; }

    /** "GitHub Issues · api.github.com": what pages and logs may say of it. */
    String describe() {
        return kind.label() + " · " + host();
    }
}
