package dev.verdict.publishing.git;

import dev.verdict.repository.DocumentService;
import dev.verdict.repository.RepositoryMirror;
import dev.verdict.repository.RepositoryUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TrackingRefUpdate;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Verdict's own bare clone of each connected repository, under {@code <cache-dir>/mirrors/<id>.git}:
 * fetched incrementally, one writer at a time per repository (a lock per repository id), and
 * lock files that a crash left behind are removed on the next use, since no other writer can
 * hold them while this one holds the repository's lock.
 */
@Component
class JGitRepositoryMirror implements RepositoryMirror {

    static final int TIMEOUT_SECONDS = 30;
    private static final int MAX_MARKDOWN_FILES = 5000;
    private static final Logger log = LoggerFactory.getLogger(JGitRepositoryMirror.class);

    private final Path mirrors;
    private final Path sshHome;
    private final RepositoryLocks locks;

    @org.springframework.beans.factory.annotation.Autowired
    JGitRepositoryMirror(GitProperties properties, RepositoryLocks locks) {
        this.mirrors = properties.cacheDir().resolve("mirrors");
        this.sshHome = properties.cacheDir().resolve("ssh");
        this.locks = locks;
    }

    JGitRepositoryMirror(GitProperties properties) {
        this(properties, new RepositoryLocks());
    }

    @Override
    public Snapshot fetch(Target target) {
        return locked(target.id(), () -> {
            try (Repository repo = open(target.id())) {
                ObjectId head = update(repo, target);
                return new Snapshot(head.name(), markdownFiles(repo, head));
            }
        });
    }

    @Override
    public Optional<byte[]> read(Target target, String commit, String path) {
        if (commit == null || !commit.matches("[0-9a-f]{40}")) {
            throw new RepositoryUnavailableException("Not a commit id: " + commit);
        }
        return locked(target.id(), () -> {
            try (Repository repo = open(target.id())) {
                ObjectId id = ObjectId.fromString(commit);
                if (!repo.getObjectDatabase().has(id)) {
                    update(repo, target);
                    if (!repo.getObjectDatabase().has(id)) {
                        throw new RepositoryUnavailableException("Commit " + commit.substring(0, 7) + " is not in the repository any more");
                    }
                }
                try (RevWalk walk = new RevWalk(repo);
                     TreeWalk file = TreeWalk.forPath(repo, path, walk.parseCommit(id).getTree())) {
                    if (file == null) {
                        return Optional.<byte[]>empty();
                    }
                    ObjectLoader blob = repo.open(file.getObjectId(0));
                    if (blob.getSize() > DocumentService.MAX_DOC_BYTES) {
                        throw new RepositoryUnavailableException(path + " is over 2 MB; the limit for a design doc is 2 MB");
                    }
                    return Optional.of(blob.getCachedBytes(DocumentService.MAX_DOC_BYTES));
                }
            }
        });
    }

    @Override
    public java.util.Map<String, String> readFolder(Target target, String commit, String folder) {
        return locked(target.id(), () -> {
            try (Repository repo = open(target.id())) {
                ObjectId id = ObjectId.fromString(commit);
                if (!repo.getObjectDatabase().has(id)) {
                    update(repo, target);
                }
                try (RevWalk walk = new RevWalk(repo)) {
                    var tree = walk.parseCommit(id).getTree();
                    var files = new java.util.TreeMap<String, String>();
                    String adrDir = Trees.read(repo, tree, ".adr-dir");
                    if (adrDir != null) {
                        files.put(".adr-dir", adrDir);
                    }
                    for (String name : Trees.list(repo, tree, folder)) {
                        if (name.endsWith(".md") && files.size() < 5000) {
                            String text = Trees.read(repo, tree, folder + "/" + name);
                            if (text != null) {
                                files.put(folder + "/" + name, text);
                            }
                        }
                    }
                    return java.util.Map.copyOf(files);
                }
            }
        });
    }

    /** The clone's folder, for tests that leave a crash's lock files in it. */
    Path gitDir(UUID repositoryId) {
        return mirrors.resolve(repositoryId + ".git");
    }

    private ObjectId update(Repository repo, Target target) throws IOException, GitAPIException {
        StaleLocks.recover(repo.getDirectory().toPath());
        String tracking = "refs/remotes/origin/" + target.branch();
        try (GitTransports transports = GitTransports.of(target.url(), target.credentials(), sshHome)) {
            FetchResult result = transports.apply(Git.wrap(repo).fetch()
                    .setRemote(GitTransports.remote(target.url()))
                    .setRefSpecs(new RefSpec("+refs/heads/" + target.branch() + ":" + tracking))
                    .setTimeout(TIMEOUT_SECONDS)).call();
            for (TrackingRefUpdate update : result.getTrackingRefUpdates()) {
                RefUpdate.Result status = update.getResult();
                if (status != RefUpdate.Result.NEW && status != RefUpdate.Result.FAST_FORWARD
                        && status != RefUpdate.Result.FORCED && status != RefUpdate.Result.NO_CHANGE) {
                    throw new RepositoryUnavailableException("Could not update Verdict's copy of the branch (" + status + ")");
                }
            }
        } catch (org.eclipse.jgit.api.errors.TransportException e) {
            if (String.valueOf(e.getMessage()).contains("does not have refs/heads/" + target.branch())) {
                throw new RepositoryUnavailableException("Branch '" + target.branch() + "' does not exist any more");
            }
            throw new RepositoryUnavailableException(JGitRepositoryProbe.explain(e, TIMEOUT_SECONDS));
        }
        ObjectId head = repo.resolve(tracking);
        if (head == null) {
            throw new RepositoryUnavailableException("Branch '" + target.branch() + "' does not exist");
        }
        return head;
    }

    private static List<String> markdownFiles(Repository repo, ObjectId head) throws IOException {
        List<String> paths = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
            tree.addTree(walk.parseCommit(head).getTree());
            tree.setRecursive(true);
            while (tree.next() && paths.size() < MAX_MARKDOWN_FILES) {
                String path = tree.getPathString();
                String lower = path.toLowerCase();
                if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
                    paths.add(path);
                }
            }
        }
        return List.copyOf(paths);
    }

    private Repository open(UUID id) throws IOException {
        Path dir = gitDir(id);
        if (Files.isDirectory(dir) && !Files.exists(dir.resolve("HEAD"))) {
            log.warn("Verdict's clone of repository {} is incomplete (interrupted while created); creating it anew", id);
            FileSystemUtils.deleteRecursively(dir);
        }
        Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build();
        if (!Files.exists(dir.resolve("HEAD"))) {
            Files.createDirectories(mirrors);
            repo.create(true);
            var config = repo.getConfig();
            config.setBoolean("gc", null, "autoDetach", false);
            config.save();
        }
        return repo;
    }

    private <T> T locked(UUID id, GitWork<T> work) {
        try (var held = locks.hold(gitDir(id).toString())) {
            return work.run();
        } catch (RepositoryUnavailableException e) {
            throw e;
        } catch (RepositoryLocks.CloneBusyException e) {
            throw new RepositoryUnavailableException(e.getMessage() + "; try again in a few minutes");
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw new RepositoryUnavailableException(JGitRepositoryProbe.explain(e, TIMEOUT_SECONDS));
        }
    }

    @FunctionalInterface
    private interface GitWork<T> {
        T run() throws IOException, GitAPIException;
    }
}
