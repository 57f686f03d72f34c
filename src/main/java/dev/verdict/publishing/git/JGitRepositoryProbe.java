package dev.verdict.publishing.git;

import dev.verdict.repository.RepositoryProbe;
import dev.verdict.repository.RepositoryUnavailableException;
import dev.verdict.repository.RepositoryUrl;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Checks a repository connection with JGit: lists the remote's branches, fetches the chosen one
 * into a throwaway bare repository and reads its tree. Credentials reach JGit only through a
 * CredentialsProvider; failures are told apart by their causes, never by echoing the URL's secrets.
 */
@Component
class JGitRepositoryProbe implements RepositoryProbe {

    static final int TIMEOUT_SECONDS = 10;
    private static final int MAX_READ_BYTES = 64 * 1024;

    private final Path sshHome;

    JGitRepositoryProbe(GitProperties properties) {
        this.sshHome = properties.cacheDir().resolve("ssh");
    }

    @Override
    public Probe probe(RepositoryUrl url, String branch, Credentials credentials) {
        String remote = GitTransports.remote(url);
        try (GitTransports transports = GitTransports.of(url, credentials, sshHome)) {
            Collection<Ref> refs = transports.apply(Git.lsRemoteRepository().setRemote(remote).setHeads(true)
                    .setTimeout(TIMEOUT_SECONDS)).call();
            List<String> branches = refs.stream().map(r -> Repository.shortenRefName(r.getName())).sorted().toList();
            if (!branches.contains(branch)) {
                return Probe.failed("Branch '" + branch + "' does not exist"
                        + (branches.isEmpty() ? "; the repository has no branches yet" : "; it has " + String.join(", ", branches)));
            }
            return read(remote, branch, transports);
        } catch (RepositoryUnavailableException e) {
            return Probe.failed(e.getMessage());
        } catch (GitAPIException | IOException | RuntimeException e) {
            return Probe.failed(explain(e, TIMEOUT_SECONDS));
        }
    }

    private Probe read(String remote, String branch, GitTransports transports) throws IOException, GitAPIException {
        Path scratch = Files.createTempDirectory("verdict-probe-");
        try (Repository repo = new FileRepositoryBuilder().setGitDir(scratch.toFile()).setBare().build()) {
            repo.create(true);
            // A throwaway repository: no background auto-gc racing with its deletion.
            var config = repo.getConfig();
            config.setInt("gc", null, "auto", 0);
            config.setBoolean("gc", null, "autoDetach", false);
            config.save();
            transports.apply(Git.wrap(repo).fetch().setRemote(remote).setTimeout(TIMEOUT_SECONDS)
                    .setRefSpecs(new RefSpec("+refs/heads/" + branch + ":refs/remotes/origin/" + branch))).call();
            ObjectId head = repo.resolve("refs/remotes/origin/" + branch);
            List<String> paths = new ArrayList<>();
            java.util.Map<String, String> small = new java.util.HashMap<>();
            try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
                RevTree root = walk.parseCommit(head).getTree();
                tree.addTree(root);
                tree.setRecursive(true);
                while (tree.next()) {
                    String path = tree.getPathString();
                    paths.add(path);
                    boolean named = path.equals(".adr-dir") || path.equals(".log4brains.yml") || path.endsWith(".md");
                    if (named && repo.open(tree.getObjectId(0)).getSize() <= MAX_READ_BYTES) {
                        small.put(path, new String(repo.open(tree.getObjectId(0), Constants.OBJ_BLOB).getBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            return new Probe(true, "", head.name(), List.copyOf(paths), path -> Optional.ofNullable(small.get(path)));
        } finally {
            FileSystemUtils.deleteRecursively(scratch);
        }
    }

    /** Says what failed, in words a person can act on, from the exception's causes. */
    static String explain(Throwable e, int timeoutSeconds) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException unknown) {
                return "Unknown host: " + unknown.getMessage();
            }
            if (cause instanceof ConnectException) {
                return "Connection refused: nothing answers at that host and port";
            }
            if (cause instanceof SocketTimeoutException || cause instanceof InterruptedIOException) {
                return "Timed out after " + timeoutSeconds + " s waiting for the host";
            }
        }
        String message = String.valueOf(e.getMessage()).toLowerCase();
        if (message.contains("server key did not validate") || message.contains("host key")) {
            return "The ssh host key changed since Verdict first trusted this host: if the host was re-keyed, "
                    + "remove its line from known_hosts.verdict in the git cache folder";
        }
        boolean noRepository = e instanceof InvalidRemoteException
                || e.getCause() instanceof org.eclipse.jgit.errors.NoRemoteRepositoryException
                || message.contains("not a git repository") || message.contains("repository not found")
                || message.contains("no remote repository") || message.contains("not found");
        if (noRepository) {
            return "Not a git repository at this URL";
        }
        // Status words, not bare numbers: a path or host may well contain "401".
        if (message.contains("not authorized") || message.contains("authentication") || message.contains("auth fail")
                || message.contains("cannot log in")
                || message.contains("401 unauthorized") || message.contains("403 forbidden")) {
            return "Authentication refused: check the user name and token or key";
        }
        if (message.contains("timeout") || message.contains("timed out")) {
            return "Timed out after " + timeoutSeconds + " s waiting for the host";
        }
        if (e instanceof TransportException) {
            return "The host refused the connection: " + firstLine(e.getMessage());
        }
        return "Could not read the repository: " + firstLine(e.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.lines().findFirst().orElse("");
        // JGit puts the URL first; the URL never carries credentials (they are refused), but keep it short.
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
