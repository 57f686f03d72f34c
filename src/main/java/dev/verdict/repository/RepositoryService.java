package dev.verdict.repository;

import dev.verdict.identity.CurrentUser;
import dev.verdict.shared.AuditLog;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Connects team repositories (admins only): checks the URL, tests the connection, seals the credentials. */
@Service
@Validated
@Transactional(readOnly = true)
public class RepositoryService {

    private final ConnectedRepositories repositories;
    private final RepositoryProbe probe;
    private final SecretBox secrets;
    private final boolean allowLocal;
    private final Clock clock;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    RepositoryService(ConnectedRepositories repositories, RepositoryProbe probe, SecretBox secrets,
                      @Value("${verdict.repositories.allow-local:false}") boolean allowLocal, Clock clock,
                      AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.audit = audit;
        this.repositories = repositories;
        this.probe = probe;
        this.secrets = secrets;
        this.allowLocal = allowLocal;
        this.clock = clock;
    }

    /** Fetches the branch and says exactly what failed, or which ADR convention the repository follows. */
    public ConnectionReport test(@Valid NewRepository request) {
        requireAdmin();
        RepositoryUrl url = RepositoryUrl.of(request.url(), allowLocal);
        RepositoryProbe.Probe result = probe.probe(url, request.branch().strip(), credentials(request));
        if (!result.reached()) {
            return new ConnectionReport(false, result.problem(), null, null, null);
        }
        var detected = ConventionDetector.detect(result.paths(), result.read());
        return new ConnectionReport(true, "", result.headCommit(), detected.convention(), detected.adrDir());
    }

    /** Connects the repository once the connection works; the secret is sealed and never shown again. */
    @Transactional
    public UUID connect(@Valid NewRepository request) {
        requireAdmin();
        if (repositories.existsByName(request.name().strip())) {
            throw new InvalidRepositoryException("A repository named '" + request.name().strip() + "' is already connected");
        }
        ConnectionReport report = test(request);
        if (!report.ok()) {
            throw new InvalidRepositoryException(report.problem());
        }
        var convention = request.convention() == null
                ? new ConventionDetector.Detected(report.convention(), report.adrDir())
                : new ConventionDetector.Detected(request.convention(), report.adrDir());
        String summaryDir = request.summaryDir() == null || request.summaryDir().isBlank()
                ? NewRepository.DEFAULT_SUMMARY_DIR : request.summaryDir().strip();
        String sealed = request.secret() == null || request.secret().isEmpty() ? null : secrets.seal(request.secret());
        String sealedPassphrase = sealed == null || request.passphrase() == null || request.passphrase().isEmpty()
                ? null : secrets.seal(request.passphrase());
        var repository = new ConnectedRepository(request.name(), RepositoryUrl.of(request.url(), allowLocal),
                request.branch(), request.username(), sealed, sealedPassphrase, convention, summaryDir, CurrentUser.username(),
                clock.instant());
        repository.publishBy(request.publishMode());
        UUID id = repositories.save(repository).id();
        events.publishEvent(new RepositoryConnected(id));
        // What was connected, and whether a credential was given; never the credential.
        audit.record(null, "repository connected", request.name().strip(), null, repository.url() + " @ "
                + request.branch().strip() + (sealed == null ? ", no credentials" : ", credentials sealed"
                + (request.username() == null || request.username().isBlank() ? "" : " for user " + request.username().strip())));
        return id;
    }

    public List<RepositorySummary> list() {
        requireAdmin();
        return repositories.findAllByOrderByName().stream()
                .map(r -> new RepositorySummary(r.id(), r.name(), r.url(), r.branch(), r.hasSecret(), r.adrConvention(),
                        r.adrDir(), r.summaryDir(), r.publishMode(), r.codeHostDescription()))
                .toList();
    }

    /** Each connected repository's name by its id (admins), for pages naming the repository a setting belongs to. */
    public Map<UUID, String> names() {
        requireAdmin();
        return repositories.findAll().stream().collect(Collectors.toMap(ConnectedRepository::id, ConnectedRepository::name));
    }

    /**
     * The name of a connected repository (admins), to check a setting is added to one.
     *
     * @throws IllegalArgumentException when it is not connected
     */
    public String nameOf(UUID repositoryId) {
        requireAdmin();
        return repositories.findById(repositoryId).map(ConnectedRepository::name)
                .orElseThrow(() -> new IllegalArgumentException("That repository is not connected"));
    }

    /**
     * Sets how Verdict reaches the repository's host API to open pull requests (ADR 26). The token
     * is sealed at once and never shown again; a blank token uses the https git credential's.
     * Admins only.
     *
     * @throws AccessDeniedException for anyone but an admin
     * @throws InvalidRepositoryException when the repository is not connected, the API URL is not
     *         an http(s) URL, or neither the settings nor the git URL tell the host and project
     */
    @Transactional
    public void configureCodeHost(UUID repositoryId, @Valid CodeHostSettings settings) {
        requireAdmin();
        var repository = repositories.findById(repositoryId)
                .orElseThrow(() -> new InvalidRepositoryException("That repository is not connected"));
        String apiUrl = settings.apiUrl() == null ? "" : settings.apiUrl().strip();
        if (!apiUrl.isEmpty() && !apiUrl.matches("(?i)^https?://[^\\s/@]+(/\\S*)?$")) {
            throw new InvalidRepositoryException("Enter the API URL as https://host/path, without a user or token");
        }
        boolean clear = settings.kind() == null && apiUrl.isEmpty()
                && (settings.project() == null || settings.project().isBlank())
                && (settings.token() == null || settings.token().isEmpty());
        if (!clear && CodeHostAccess.resolve(repository.url(), settings.kind(), apiUrl, settings.project(), null).isEmpty()) {
            throw new InvalidRepositoryException("Verdict cannot tell the host from " + repository.url()
                    + ": choose the kind of host and give its API URL and the project");
        }
        String sealed = settings.token() == null || settings.token().isEmpty() ? null : secrets.seal(settings.token());
        repository.hostedBy(settings.kind(), apiUrl, settings.project(), sealed);
        // What was set, and whether a token was given; never the token.
        audit.record(null, "pull request host set", repository.name(), null, repository.codeHostDescription());
    }

    public boolean localPathsAllowed() {
        return allowLocal;
    }

    private static RepositoryProbe.Credentials credentials(NewRepository request) {
        return request.secret() == null || request.secret().isEmpty()
                ? RepositoryProbe.Credentials.NONE
                : new RepositoryProbe.Credentials(request.username(), request.secret(), request.passphrase());
    }

    private static void requireAdmin() {
        CurrentUser.requireAdmin("Only an admin connects repositories");
    }
}
