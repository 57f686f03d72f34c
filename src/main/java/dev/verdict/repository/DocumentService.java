package dev.verdict.repository;

import dev.verdict.identity.CurrentUser;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Design docs from connected repositories, for anyone preparing a review: which repositories there
 * are, the Markdown files at a branch head, and a file's text at a pinned commit. Credentials are
 * opened here and handed to the mirror port only. A repository that cannot be reached is an answer,
 * not a failure of the caller's transaction: callers may catch it and carry on.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = RepositoryUnavailableException.class)
public class DocumentService {

    /** The same limit as a pasted or uploaded doc. */
    public static final int MAX_DOC_BYTES = 2 * 1024 * 1024;

    private final ConnectedRepositories repositories;
    private final RepositoryMirror mirror;
    private final SecretBox secrets;
    private final boolean allowLocal;

    DocumentService(ConnectedRepositories repositories, RepositoryMirror mirror, SecretBox secrets,
                    @Value("${verdict.repositories.allow-local:false}") boolean allowLocal) {
        this.repositories = repositories;
        this.mirror = mirror;
        this.secrets = secrets;
        this.allowLocal = allowLocal;
    }

    public List<RepositoryChoice> repositories() {
        requireReader();
        return repositories.findAllByOrderByName().stream()
                .map(r -> new RepositoryChoice(r.id(), r.name(), r.branch()))
                .toList();
    }

    /** Fetches the branch: its head commit and the Markdown files there, to pick the design doc from. */
    public RepositoryMirror.Snapshot browse(UUID repositoryId) {
        CurrentUser.username();
        return mirror.fetch(target(repositoryId));
    }

    /** The doc's text at the commit; refused with a clear message when missing, too big or not text. */
    public String read(UUID repositoryId, String path, String commit) {
        CurrentUser.username();
        if (!path.toLowerCase().endsWith(".md") && !path.toLowerCase().endsWith(".markdown")) {
            throw new RepositoryUnavailableException("Only Markdown files (.md) can be a design doc: " + path);
        }
        byte[] bytes = mirror.read(target(repositoryId), commit, path)
                .orElseThrow(() -> new RepositoryUnavailableException(
                        path + " is not in commit " + commit.substring(0, Math.min(7, commit.length()))));
        if (bytes.length > MAX_DOC_BYTES) {
            throw new RepositoryUnavailableException(path + " is over 2 MB; the limit for a design doc is 2 MB");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RepositoryUnavailableException(path + " is not UTF-8 text");
        }
    }

    /** Where a review's decision goes; only the system publisher may ask, since it carries the credentials. */
    public PublishTarget publishTarget(UUID repositoryId) {
        if (!CurrentUser.isSystem()) {
            throw new org.springframework.security.access.AccessDeniedException("Only the publisher reads publishing credentials");
        }
        var repository = repositories.findById(repositoryId)
                .orElseThrow(() -> new RepositoryUnavailableException("That repository is no longer connected"));
        return new PublishTarget(repository.name(), target(repositoryId), repository.adrConvention(), repository.adrDir(),
                repository.summaryDir(), repository.publishMode(), repository.codeHost(secrets).orElse(null));
    }

    /** Every ADR on the branch head, read in the repository's convention; fetches first. */
    public AdrLog adrLog(UUID repositoryId) {
        return adrFolder(repositoryId).log();
    }

    /**
     * The ADR log at the branch head with each ADR's Markdown as committed, by its path from the
     * repository root (what the decision log indexes and shows); fetches first.
     */
    public AdrFolder adrFolder(UUID repositoryId) {
        requireReader();
        var repository = repositories.findById(repositoryId)
                .orElseThrow(() -> new RepositoryUnavailableException("That repository is no longer connected"));
        var target = target(repositoryId);
        String head = mirror.fetch(target).headCommit();
        String dir = repository.adrDir();
        var files = mirror.readFolder(target, head, dir);
        if (repository.adrConvention() == AdrConvention.ADR_TOOLS && files.containsKey(".adr-dir")) {
            String configured = files.get(".adr-dir").strip().replaceAll("^\\./", "").replaceAll("/+$", "");
            if (!configured.isEmpty() && !configured.equals(dir)) {
                dir = configured;
                files = mirror.readFolder(target, head, dir);
            }
        }
        AdrLog log = AdrLog.parse(head, repository.adrConvention(), dir, files);
        Map<String, String> texts = new HashMap<>();
        for (AdrLog.Entry entry : log.entries()) {
            texts.put(entry.path(), files.get(entry.path()));
        }
        return new AdrFolder(repository.id(), repository.name(), log, Map.copyOf(texts), repository.url());
    }

    /** The ADR convention of a connected repository (adr-tools when it is gone). */
    public AdrConvention convention(UUID repositoryId) {
        return repositories.findById(repositoryId).map(ConnectedRepository::adrConvention).orElse(AdrConvention.ADR_TOOLS);
    }

    public String name(UUID repositoryId) {
        return repositories.findById(repositoryId).map(ConnectedRepository::name).orElse("a removed repository");
    }

    /** Anyone signed in, or background work (the decision log's refresh) as the system actor. */
    private static void requireReader() {
        if (!CurrentUser.isSystem()) {
            CurrentUser.username(); // refuses a caller who is not signed in
        }
    }

    private RepositoryMirror.Target target(UUID repositoryId) {
        var repository = repositories.findById(repositoryId)
                .orElseThrow(() -> new RepositoryUnavailableException("That repository is no longer connected"));
        try {
            return repository.target(secrets, allowLocal);
        } catch (InvalidRepositoryException e) {
            throw new RepositoryUnavailableException(repository.name() + " cannot be read on this server: " + e.getMessage());
        }
    }
}
