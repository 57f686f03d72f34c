package dev.verdict.publishing.git;

import dev.verdict.publishing.ArchiveException;
import dev.verdict.publishing.DecisionArchive;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The decision archive on git. Verdict keeps its own bare clone; each publication fetches,
 * builds the commit from the branch head in memory, and pushes it expecting that head, so a
 * remote that moved meanwhile is fetched again and the ADR renumbered.
 */
@Component
class GitDecisionArchive implements DecisionArchive {

    static final String DEFAULT_ADR_DIR = "doc/adr";
    private static final Pattern ADR_FILE = Pattern.compile("^(\\d+)-.*\\.md$");
    private static final int MAX_ATTEMPTS = 5;
    private static final int TIMEOUT_SECONDS = 30;
    private static final int TRAILER_SEARCH_DEPTH = 1000;
    private static final Logger log = LoggerFactory.getLogger(GitDecisionArchive.class);

    private final GitProperties properties;
    private final Clock clock;
    private final Path cache;
    private final String remoteBranch;
    private final String trackingRef;

    GitDecisionArchive(GitProperties properties, Clock clock) throws IOException {
        this.properties = properties;
        this.clock = clock;
        this.cache = properties.cacheDir().resolve("publish.git");
        this.remoteBranch = Constants.R_HEADS + properties.branch();
        this.trackingRef = Constants.R_REMOTES + "origin/" + properties.branch();
        if (properties.createDemo()) {
            DemoRepository.createIfMissing(Path.of(properties.remote()), properties.branch(), clock);
        }
        try (Repository warm = open()) {
            // Opening once at start-up pays JGit's first-use cost now, not on the first publish.
            log.info("Publishing to branch {} of the configured repository", properties.branch());
        }
    }

    @Override
    public synchronized Archived archive(Submission submission) {
        try (Repository repo = open()) {
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                ObjectId head = fetch(repo);
                Optional<Archived> earlier = findEarlier(repo, head, submission);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                Prepared prepared = prepare(repo, head, submission);
                RemoteRefUpdate.Status status = push(repo, prepared.commit(), head);
                switch (status) {
                    case OK, UP_TO_DATE -> {
                        return new Archived(prepared.commit().name(), prepared.adrPath(), prepared.summaryPath());
                    }
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED ->
                            log.info("The remote moved while publishing; fetching again (attempt {})", attempt);
                    default -> throw new ArchiveException("The repository refused the push: " + status, null);
                }
            }
            throw new ArchiveException("The branch kept moving while publishing; gave up after "
                    + MAX_ATTEMPTS + " attempts", null);
        } catch (IOException | GitAPIException e) {
            throw new ArchiveException("Could not publish to the repository: " + rootMessage(e), e);
        }
    }

    private Repository open() throws IOException {
        Repository repo = new FileRepositoryBuilder().setGitDir(cache.toFile()).setBare().build();
        if (!Files.exists(cache.resolve("HEAD"))) {
            repo.create(true);
        }
        return repo;
    }

    /** Fetches the branch; returns its head, or null when the remote has no such branch yet. */
    private ObjectId fetch(Repository repo) throws GitAPIException, IOException {
        Git.wrap(repo).fetch()
                .setRemote(remoteUri())
                .setRefSpecs(new RefSpec("+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + "origin/*"))
                .setRemoveDeletedRefs(true)
                .setTimeout(TIMEOUT_SECONDS)
                .call();
        Ref ref = repo.exactRef(trackingRef);
        return ref == null ? null : ref.getObjectId();
    }

    /** A retry after a crash finds the commit it already made by its trailer. */
    private Optional<Archived> findEarlier(Repository repo, ObjectId head, Submission submission) throws IOException {
        if (head == null) {
            return Optional.empty();
        }
        String trailer = DecisionArchive.trailer(submission.reviewId());
        try (RevWalk walk = new RevWalk(repo)) {
            walk.markStart(walk.parseCommit(head));
            int seen = 0;
            for (RevCommit commit : walk) {
                if (++seen > TRAILER_SEARCH_DEPTH) {
                    break;
                }
                if (commit.getFullMessage().contains(trailer)) {
                    return Optional.of(describe(repo, commit));
                }
            }
        }
        return Optional.empty();
    }

    private Archived describe(Repository repo, RevCommit commit) throws IOException {
        String adrPath = null;
        String summaryPath = null;
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            if (commit.getParentCount() > 0) {
                walk.addTree(commit.getParent(0).getTree());
            } else {
                walk.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
            }
            walk.addTree(commit.getTree());
            while (walk.next()) {
                String path = walk.getPathString();
                if (path.startsWith(properties.summaryDir() + "/")) {
                    summaryPath = path;
                } else if (path.endsWith(".md")) {
                    adrPath = path;
                }
            }
        }
        return new Archived(commit.name(), adrPath, summaryPath);
    }

    private Prepared prepare(Repository repo, ObjectId head, Submission submission) throws IOException {
        RevTree tree = null;
        if (head != null) {
            try (RevWalk walk = new RevWalk(repo)) {
                tree = walk.parseCommit(head).getTree();
            }
        }
        String adrDir = adrDir(repo, tree);
        List<String> adrs = Trees.list(repo, tree, adrDir);
        int number = nextNumber(adrs);
        String adrPath = adrDir + "/" + String.format("%04d-%s.md", number, submission.adrSlug());
        String summaryPath = freePath(Trees.list(repo, tree, properties.summaryDir()), properties.summaryDir(),
                submission.summaryFileName());
        Map<String, String> files = new LinkedHashMap<>();
        files.put(adrPath, submission.adrMarkdown().apply(number));
        files.put(summaryPath, submission.summaryMarkdown());
        ZoneId zone = ZoneId.systemDefault();
        PersonIdent author = new PersonIdent(submission.author().name(), submission.author().email(), clock.instant(), zone);
        PersonIdent committer = new PersonIdent("Verdict", "verdict@localhost", clock.instant(), zone);
        ObjectId commit = Trees.commit(repo, head, tree, files, author, committer, submission.message());
        return new Prepared(commit, adrPath, summaryPath);
    }

    /** The folder adr-tools would use: what `.adr-dir` names, else doc/adr. */
    static String adrDir(Repository repo, RevTree tree) throws IOException {
        String configured = Trees.read(repo, tree, ".adr-dir");
        if (configured == null || configured.isBlank()) {
            return DEFAULT_ADR_DIR;
        }
        return configured.strip().replaceAll("^\\./", "").replaceAll("/+$", "");
    }

    static int nextNumber(List<String> names) {
        int max = 0;
        for (String name : names) {
            Matcher m = ADR_FILE.matcher(name);
            if (m.matches()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return max + 1;
    }

    private static String freePath(List<String> existing, String dir, String fileName) {
        String candidate = fileName;
        for (int n = 2; existing.contains(candidate); n++) {
            candidate = fileName.replaceFirst("\\.md$", "-" + n + ".md");
        }
        return dir + "/" + candidate;
    }

    /** Pushes expecting the head we built on; every status is checked by the caller. */
    private RemoteRefUpdate.Status push(Repository repo, ObjectId commit, ObjectId expectedHead) throws IOException, GitAPIException {
        try (Transport transport = Transport.open(repo, new URIish(remoteUri()))) {
            transport.setTimeout(TIMEOUT_SECONDS);
            RemoteRefUpdate update = new RemoteRefUpdate(repo, null, commit, remoteBranch, false, null,
                    expectedHead == null ? ObjectId.zeroId() : expectedHead);
            PushResult result = transport.push(NullProgressMonitor.INSTANCE, List.of(update));
            RemoteRefUpdate.Status status = result.getRemoteUpdate(remoteBranch).getStatus();
            if (status == RemoteRefUpdate.Status.OK) {
                var tracking = repo.updateRef(trackingRef);
                tracking.setNewObjectId(commit);
                tracking.forceUpdate();
            }
            return status;
        } catch (java.net.URISyntaxException e) {
            throw new ArchiveException("The repository address is not a valid git URL", e);
        }
    }

    private String remoteUri() {
        String remote = properties.remote();
        File local = new File(remote);
        return local.isAbsolute() || !remote.contains(":") ? local.getAbsoluteFile().toURI().toString() : remote;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) : message;
    }

    private record Prepared(ObjectId commit, String adrPath, String summaryPath) {
    }
}
