package dev.verdict.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * A system an admin pointed a connected repository at (a chat webhook, an issue tracker), as a
 * table row: its id, the repository, the host (all a page or a log may show of it), who added it
 * and when. The subclass keeps its kind and its secret, sealed by the repository module's
 * SecretBox, in a column of its own.
 */
@MappedSuperclass
public abstract class RepositoryEndpoint {

    @Id
    private UUID id;

    @Column(name = "repository_id", nullable = false)
    private UUID repositoryId;

    @Column(nullable = false, length = 255)
    private String host;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RepositoryEndpoint() {
    }

    protected RepositoryEndpoint(UUID repositoryId, String host, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.repositoryId = repositoryId;
        this.host = host;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public UUID id() { return id; }
    public UUID repositoryId() { return repositoryId; }
    public String host() { return host; }
    public Instant createdAt() { return createdAt; }
}
