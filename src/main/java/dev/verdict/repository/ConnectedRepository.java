package dev.verdict.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A team repository Verdict reads design docs from and writes decisions to. */
@Entity
@Table(name = "connected_repository")
class ConnectedRepository {

    @Id
    private UUID id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 1000)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(name = "url_kind", nullable = false, length = 10)
    private RepositoryUrl.Kind urlKind;

    @Column(nullable = false, length = 200)
    private String branch;

    @Column(length = 200)
    private String username;

    /** The token, password or key, sealed by SecretBox; never leaves this module in clear except to JGit. */
    @Column(name = "sealed_secret", length = 8000)
    private String sealedSecret;

    @Column(name = "sealed_passphrase", length = 2000)
    private String sealedPassphrase;

    @Enumerated(EnumType.STRING)
    @Column(name = "adr_convention", nullable = false, length = 20)
    private AdrConvention adrConvention;

    @Column(name = "adr_dir", nullable = false, length = 300)
    private String adrDir;

    @Column(name = "summary_dir", nullable = false, length = 300)
    private String summaryDir;

    @Enumerated(EnumType.STRING)
    @Column(name = "publish_mode", nullable = false, length = 20)
    private PublishMode publishMode = PublishMode.PUSH;

    /** The host's pull-request API (ADR 26): configured kind, API base URL and project; null to derive from the URL. */
    @Enumerated(EnumType.STRING)
    @Column(name = "host_kind", length = 30)
    private CodeHostKind hostKind;

    @Column(name = "host_api_url", length = 500)
    private String hostApiUrl;

    @Column(name = "host_project", length = 300)
    private String hostProject;

    /** The host API token, sealed by SecretBox; null uses the https git credential's token. */
    @Column(name = "sealed_host_token", length = 8000)
    private String sealedHostToken;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ConnectedRepository() {
    }

    ConnectedRepository(String name, RepositoryUrl url, String branch, String username, String sealedSecret,
                        String sealedPassphrase, ConventionDetector.Detected convention, String summaryDir, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name.strip();
        this.url = url.value();
        this.urlKind = url.kind();
        this.branch = branch.strip();
        this.username = username == null || username.isBlank() ? null : username.strip();
        this.sealedSecret = sealedSecret;
        this.sealedPassphrase = sealedPassphrase;
        this.adrConvention = convention.convention();
        this.adrDir = convention.adrDir();
        this.summaryDir = summaryDir;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    UUID id() { return id; }
    String name() { return name; }
    String url() { return url; }
    String branch() { return branch; }
    String username() { return username; }
    boolean hasSecret() { return sealedSecret != null; }
    RepositoryUrl.Kind urlKind() { return urlKind; }

    /** Opens the sealed credentials for JGit; they go no further than the mirror port. */
    RepositoryProbe.Credentials credentials(SecretBox secrets) {
        if (sealedSecret == null) {
            return RepositoryProbe.Credentials.NONE;
        }
        return new RepositoryProbe.Credentials(username, secrets.open(sealedSecret),
                sealedPassphrase == null ? null : secrets.open(sealedPassphrase));
    }

    RepositoryMirror.Target target(SecretBox secrets, boolean allowLocal) {
        return new RepositoryMirror.Target(id, RepositoryUrl.of(url, allowLocal),
                branch, credentials(secrets));
    }
    AdrConvention adrConvention() { return adrConvention; }
    String adrDir() { return adrDir; }
    String summaryDir() { return summaryDir; }
    Instant createdAt() { return createdAt; }
    PublishMode publishMode() { return publishMode; }

    /** The settings as given; the token sealed by the caller (null keeps none). */
    void hostedBy(CodeHostKind kind, String apiUrl, String project, String sealedToken) {
        this.hostKind = kind;
        this.hostApiUrl = apiUrl == null || apiUrl.isBlank() ? null : apiUrl.strip();
        this.hostProject = project == null || project.isBlank() ? null : project.strip();
        this.sealedHostToken = sealedToken;
    }

    /**
     * The host API as configured, else as the URL tells (github.com, gitlab.com); the token is the
     * configured one, else the https git credential's secret. Empty when the host is not known.
     */
    java.util.Optional<CodeHostAccess> codeHost(SecretBox secrets) {
        String token = sealedHostToken != null ? secrets.open(sealedHostToken)
                : urlKind == RepositoryUrl.Kind.HTTPS && sealedSecret != null ? secrets.open(sealedSecret) : null;
        return CodeHostAccess.resolve(url, hostKind, hostApiUrl, hostProject, token);
    }

    /** The host API for the admin's list, never the token: "GitHub, https://api.github.com, team/app, own token". */
    String codeHostDescription() {
        var access = CodeHostAccess.resolve(url, hostKind, hostApiUrl, hostProject, null);
        if (access.isEmpty()) {
            return hostKind == null ? "not set" : hostKind.label() + " (API URL and project needed)";
        }
        String token = sealedHostToken != null ? "own token"
                : urlKind == RepositoryUrl.Kind.HTTPS && sealedSecret != null ? "git token" : "no token";
        return access.get().kind().label() + ", " + access.get().apiBase() + ", " + access.get().project() + ", " + token;
    }

    void publishBy(PublishMode mode) {
        this.publishMode = mode == null ? PublishMode.PUSH : mode;
    }
}
