package dev.verdict.publishing.git;

import dev.verdict.publishing.ArchiveException;
import dev.verdict.publishing.DecisionArchive;
import dev.verdict.publishing.DecisionArchive.Recorded;
import dev.verdict.publishing.DecisionConflictException;
import dev.verdict.repository.AdrConvention;
import dev.verdict.repository.AdrNumbering;
import dev.verdict.repository.PublishMode;
import dev.verdict.repository.PublishTarget;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    private static final int MAX_ATTEMPTS = 10;
    private static final int TIMEOUT_SECONDS = 30;
    private static final int TRAILER_SEARCH_DEPTH = 1000;
    private static final Logger log = LoggerFactory.getLogger(GitDecisionArchive.class);

    private final GitProperties properties;
    private final Clock clock;
    private final RepositoryLocks locks;
    private final Path sshHome;

    GitDecisionArchive(GitProperties properties, Clock clock, RepositoryLocks locks) throws IOException {
        this.properties = properties;
        this.clock = clock;
        this.locks = locks;
        this.sshHome = properties.cacheDir().resolve("ssh");
        if (properties.createDemo()) {
            DemoRepository.createIfMissing(Path.of(properties.remote()), properties.branch(), clock);
            // The demo's remote is Verdict's own and written by nothing else: a lock file in it at
            // start-up was left by a push a crash cut short, and would refuse every later push.
            StaleLocks.recover(Path.of(properties.remote()));
            DemoRepository.housekeepInForeground(Path.of(properties.remote()));
        }
        try (Repository warm = open(properties.cacheDir().resolve("publish.git"))) {
            // Opening once at start-up pays JGit's first-use cost now, not on the first publish.
            log.info("Publishing to branch {} of the configured repository", properties.branch());
        }
    }

    /** Where one submission goes: the clone to work in, the remote, its credentials, folders and branch. */
    private record Site(Path gitDir, String remote, GitTransports transports, String branch, AdrConvention convention,
                        String adrDir, String summaryDir, PublishMode mode) implements AutoCloseable {

        String trackingRef() {
            return Constants.R_REMOTES + "origin/" + branch;
        }

        @Override
        public void close() {
            transports.close();
        }
    }

    private Site site(PublishTarget target) {
        if (target == null) {
            return new Site(properties.cacheDir().resolve("publish.git"), defaultRemote(),
                    GitTransports.of(null, dev.verdict.repository.RepositoryProbe.Credentials.NONE, sshHome),
                    properties.branch(), AdrConvention.ADR_TOOLS, DEFAULT_ADR_DIR, properties.summaryDir(), PublishMode.PUSH);
        }
        var url = target.target().url();
        return new Site(properties.cacheDir().resolve("mirrors").resolve(target.target().id() + ".git"),
                GitTransports.remote(url), GitTransports.of(url, target.target().credentials(), sshHome),
                target.target().branch(), target.convention(), target.adrDir(), target.summaryDir(), target.mode());
    }

    @Override
    public Archived archive(Submission submission) {
        return inClone(submission.destination(), "publish to", (repo, site) -> archive(repo, site, submission));
    }

    @Override
    public Map<java.util.UUID, Recorded> recorded(PublishTarget destination, java.util.Collection<java.util.UUID> reviewIds) {
        if (reviewIds.isEmpty()) {
            return Map.of();
        }
        return inClone(destination, "read", (repo, site) -> {
            ObjectId head = fetch(repo, site);
            Map<java.util.UUID, Recorded> found = new LinkedHashMap<>();
            for (Ref ref : reviewRefs(repo, site, head)) {
                walkRecent(repo, ref, commit -> {
                    for (java.util.UUID id : reviewIds) {
                        if (!found.containsKey(id) && commit.getFullMessage().contains(DecisionArchive.trailer(id))) {
                            found.put(id, Recorded.of(commit.name(), commit.getFullMessage(), branchOf(ref)));
                        }
                    }
                    return found.size() == reviewIds.size();
                });
            }
            return found;
        });
    }

    private interface CloneWork<T> {
        T run(Repository repo, Site site) throws IOException, GitAPIException;
    }

    /** Runs work in the destination's own clone, under its lock, after recovering lock files a crash left. */
    private <T> T inClone(PublishTarget destination, String verb, CloneWork<T> work) {
        try (Site site = site(destination); var held = locks.hold(site.gitDir().toString())) {
            // Under the clone's lock: any lock file in it was left by a crash, never by a live writer.
            StaleLocks.recover(site.gitDir());
            try (Repository repo = open(site.gitDir())) {
                return work.run(repo, site);
            }
        } catch (RepositoryLocks.CloneBusyException e) {
            throw new ArchiveException(e.getMessage() + "; the publication is tried again later", e);
        } catch (IOException | GitAPIException e) {
            throw new ArchiveException("Could not " + verb + " the repository: " + JGitRepositoryProbe.explain(e, TIMEOUT_SECONDS), e);
        } catch (dev.verdict.repository.RepositoryUnavailableException e) {
            throw new ArchiveException(e.getMessage(), e);
        }
    }

    private Archived archive(Repository repo, Site site, Submission submission) throws IOException, GitAPIException {
        String lockRefusal = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            ObjectId head = fetch(repo, site);
            Optional<Archived> earlier = findEarlier(repo, site, head, submission);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Prepared prepared = prepare(repo, site, head, submission);
            String targetBranch = site.mode() == PublishMode.PULL_REQUEST
                    ? "design-review/" + submission.adrSlug() + "-" + submission.reviewId().toString().substring(0, 8)
                    : site.branch();
            ObjectId expected = site.mode() == PublishMode.PULL_REQUEST ? null : head;
            RemoteRefUpdate update = push(repo, site, prepared.commit(), targetBranch, expected);
            switch (update.getStatus()) {
                case OK, UP_TO_DATE -> {
                    return new Archived(prepared.commit().name(), prepared.adrPath(), prepared.summaryPath(), targetBranch);
                }
                case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                    lockRefusal = null;
                    movedMeanwhile(attempt);
                }
                // Another push held the branch's lock on the server at that moment: the same as a moved remote.
                case REJECTED_OTHER_REASON -> {
                    if (String.valueOf(update.getMessage()).toLowerCase().contains("lock")) {
                        lockRefusal = update.getMessage();
                        movedMeanwhile(attempt);
                    } else {
                        throw new ArchiveException("The repository refused the push: " + update.getMessage(), null);
                    }
                }
                default -> throw new ArchiveException("The repository refused the push: " + update.getStatus()
                        + (update.getMessage() == null ? "" : " (" + update.getMessage() + ")"), null);
            }
        }
        if (lockRefusal != null) {
            // Ten refusals in a row for a lock is no race: a git process on the host was killed while updating the branch.
            throw new ArchiveException("The repository kept its branch " + site.branch() + " locked (" + lockRefusal
                    + "); gave up after " + MAX_ATTEMPTS + " attempts. A git process on the host may have stopped while"
                    + " updating it: ask its administrator to remove the stale lock file (refs/heads/" + site.branch() + ".lock)", null);
        }
        throw new ArchiveException("The branch kept moving while publishing; gave up after "
                + MAX_ATTEMPTS + " attempts", null);
    }

    /** Fetch again after a short, growing, random pause, so racing publishers do not collide in step. */
    private static void movedMeanwhile(int attempt) {
        log.info("The remote moved while publishing; fetching again (attempt {})", attempt);
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(20, 100) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArchiveException("Interrupted while publishing", e);
        }
    }

    private static Repository open(Path gitDir) throws IOException {
        Repository repo = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setBare().build();
        if (!Files.exists(gitDir.resolve("HEAD"))) {
            Files.createDirectories(gitDir.getParent());
            repo.create(true);
            var config = repo.getConfig();
            config.setBoolean("gc", null, "autoDetach", false);
            config.save();
        }
        return repo;
    }

    /** Fetches the branches; returns the branch's head, or null when the remote has no such branch yet. */
    private static ObjectId fetch(Repository repo, Site site) throws GitAPIException, IOException {
        site.transports().apply(Git.wrap(repo).fetch()
                .setRemote(site.remote())
                .setRefSpecs(new RefSpec("+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + "origin/*"))
                .setRemoveDeletedRefs(true)
                .setTimeout(TIMEOUT_SECONDS)).call();
        Ref ref = repo.exactRef(site.trackingRef());
        return ref == null ? null : ref.getObjectId();
    }

    /**
     * A retry after a crash finds the commit it already made by its trailer: on the branch, or on
     * a pull-request branch made for this review. A commit that records another decision than the
     * submission's is never taken for it.
     *
     * @throws DecisionConflictException when the commit found records a different decision
     */
    private Optional<Archived> findEarlier(Repository repo, Site site, ObjectId head, Submission submission) throws IOException {
        String trailer = DecisionArchive.trailer(submission.reviewId());
        String prefix = submission.reviewId().toString().substring(0, 8);
        for (Ref ref : reviewRefs(repo, site, head)) {
            if (!ref.getName().equals(site.trackingRef()) && !ref.getName().endsWith(prefix)) {
                continue;
            }
            RevCommit[] match = new RevCommit[1];
            walkRecent(repo, ref, commit -> {
                if (commit.getFullMessage().contains(trailer)) {
                    match[0] = commit;
                }
                return match[0] != null;
            });
            if (match[0] != null) {
                Recorded recorded = Recorded.of(match[0].name(), match[0].getFullMessage(), branchOf(ref));
                if (!recorded.records(submission.message())) {
                    throw new DecisionConflictException(recorded);
                }
                return Optional.of(describe(repo, site, match[0], branchOf(ref)));
            }
        }
        return Optional.empty();
    }

    /** The branch's tracking ref (when the remote has the branch) and every fetched pull-request branch. */
    private static List<Ref> reviewRefs(Repository repo, Site site, ObjectId head) throws IOException {
        List<Ref> refs = new ArrayList<>();
        if (head != null) {
            refs.add(repo.exactRef(site.trackingRef()));
        }
        refs.addAll(repo.getRefDatabase().getRefsByPrefix(Constants.R_REMOTES + "origin/design-review/"));
        return refs;
    }

    private static String branchOf(Ref ref) {
        return ref.getName().substring((Constants.R_REMOTES + "origin/").length());
    }

    /** Walks the ref's newest commits (at most 1 000), newest first, until {@code enough} says so. */
    private static void walkRecent(Repository repo, Ref ref, java.util.function.Predicate<RevCommit> enough) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            walk.markStart(walk.parseCommit(ref.getObjectId()));
            int seen = 0;
            for (RevCommit commit : walk) {
                if (++seen > TRAILER_SEARCH_DEPTH || enough.test(commit)) {
                    return;
                }
            }
        }
    }

    private Archived describe(Repository repo, Site site, RevCommit commit, String branch) throws IOException {
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
                boolean added = walk.getRawMode(0) == 0;
                if (path.startsWith(site.summaryDir() + "/")) {
                    summaryPath = path;
                } else if (added && path.endsWith(".md")) {
                    adrPath = path;
                }
            }
        }
        return new Archived(commit.name(), adrPath, summaryPath, branch);
    }

    private Prepared prepare(Repository repo, Site site, ObjectId head, Submission submission) throws IOException {
        RevTree tree = null;
        if (head != null) {
            try (RevWalk walk = new RevWalk(repo)) {
                tree = walk.parseCommit(head).getTree();
            }
        }
        String adrDir = site.convention() == AdrConvention.ADR_TOOLS ? adrDir(repo, tree, site.adrDir()) : site.adrDir();
        List<String> adrs = Trees.list(repo, tree, adrDir);
        List<String> taken = new ArrayList<>(adrs);
        if (site.mode() == PublishMode.PULL_REQUEST) {
            taken.addAll(onOpenReviewBranches(repo, adrDir));
        }
        AdrNumbering numbering = AdrNumbering.of(taken);
        int number = numbering.next();
        String adrPath = site.convention() == AdrConvention.LOG4BRAINS
                ? freePath(taken, adrDir, submission.date().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + "-" + submission.adrSlug() + ".md")
                : adrDir + "/" + numbering.fileName(submission.adrSlug());
        String summaryPath = freePath(Trees.list(repo, tree, site.summaryDir()), site.summaryDir(),
                submission.summaryFileName());
        Map<String, String> files = new LinkedHashMap<>();
        var placement = new Placement(number, adrPath, summaryPath);
        String adr = submission.adrMarkdown().apply(placement);
        if (submission.supersedes() != null) {
            String old = Trees.read(repo, tree, submission.supersedes());
            if (old == null) {
                throw new ArchiveException("The ADR to supersede, " + submission.supersedes()
                        + ", is no longer on the branch; nothing was committed", null);
            }
            var linked = Supersession.link(site.convention(), adr, fileName(adrPath), old, fileName(submission.supersedes()));
            adr = linked.newAdr();
            files.put(submission.supersedes(), linked.oldAdr());
        }
        files.put(adrPath, adr);
        files.put(summaryPath, submission.summaryMarkdown().apply(placement));
        tableOfContents(repo, tree, adrDir, site.convention(), adrs, files);
        ZoneId zone = ZoneId.systemDefault();
        PersonIdent author = new PersonIdent(submission.author().name(), submission.author().email(), clock.instant(), zone);
        PersonIdent committer = new PersonIdent("Verdict", "verdict@localhost", clock.instant(), zone);
        ObjectId commit = Trees.commit(repo, head, tree, files, author, committer, submission.message());
        return new Prepared(commit, adrPath, summaryPath);
    }

    /**
     * ADR file names on the pull-request branches still open (pushed and not deleted): a review
     * published as a pull request holds its number until merged, so the next one takes another.
     */
    private static List<String> onOpenReviewBranches(Repository repo, String adrDir) throws IOException {
        List<String> names = new ArrayList<>();
        for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_REMOTES + "origin/design-review/")) {
            try (RevWalk walk = new RevWalk(repo)) {
                names.addAll(Trees.list(repo, walk.parseCommit(ref.getObjectId()).getTree(), adrDir));
            }
        }
        return names;
    }

    /**
     * Where the repository keeps an index of its ADRs beside them (adr-tools' toc in README.md,
     * MADR's adr-log index.md), it lists the new one too, in the same commit.
     */
    private static void tableOfContents(Repository repo, RevTree tree, String adrDir, AdrConvention convention,
                                        List<String> existing, Map<String, String> files) throws IOException {
        for (String tocName : List.of("README.md", "index.md")) {
            String toc = Trees.read(repo, tree, adrDir + "/" + tocName);
            if (toc == null) {
                continue;
            }
            List<String> names = new ArrayList<>(existing.stream().filter(n -> isAdr(convention, n)).toList());
            files.keySet().stream().filter(p -> p.startsWith(adrDir + "/")).map(GitDecisionArchive::fileName)
                    .filter(n -> isAdr(convention, n) && !names.contains(n)).forEach(names::add);
            String regenerated = AdrIndex.regenerate(toc, names, name -> {
                try {
                    String path = adrDir + "/" + name;
                    return files.containsKey(path) ? files.get(path) : Trees.read(repo, tree, path);
                } catch (IOException e) {
                    return null;
                }
            });
            if (regenerated != null && !regenerated.equals(toc)) {
                files.put(adrDir + "/" + tocName, regenerated);
            }
        }
    }

    /** A file the convention's tools list as an ADR: numbered (adr list), or dated for log4brains; never a template. */
    private static boolean isAdr(AdrConvention convention, String name) {
        return !name.toLowerCase(Locale.ROOT).contains("template")
                && (convention == AdrConvention.LOG4BRAINS ? name.matches("\\d{8}-.*\\.md") : AdrNumbering.number(name).isPresent());
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The folder adr-tools would use: what `.adr-dir` names, else doc/adr. */
    static String adrDir(Repository repo, RevTree tree, String fallback) throws IOException {
        String configured = Trees.read(repo, tree, ".adr-dir");
        if (configured == null || configured.isBlank()) {
            return fallback == null ? DEFAULT_ADR_DIR : fallback;
        }
        return configured.strip().replaceAll("^\\./", "").replaceAll("/+$", "");
    }

    private static String freePath(List<String> existing, String dir, String fileName) {
        String candidate = fileName;
        for (int n = 2; existing.contains(candidate); n++) {
            candidate = fileName.replaceFirst("\\.md$", "-" + n + ".md");
        }
        return dir + "/" + candidate;
    }

    /** Pushes expecting the head we built on (or a new branch); every status is checked by the caller. */
    private static RemoteRefUpdate push(Repository repo, Site site, ObjectId commit, String branch,
                                               ObjectId expectedHead) throws IOException {
        String remoteRef = Constants.R_HEADS + branch;
        try (Transport transport = Transport.open(repo, new URIish(site.remote()))) {
            site.transports().configure(transport);
            transport.setTimeout(TIMEOUT_SECONDS);
            RemoteRefUpdate update = new RemoteRefUpdate(repo, null, commit, remoteRef, false, null,
                    expectedHead == null ? ObjectId.zeroId() : expectedHead);
            PushResult result = transport.push(NullProgressMonitor.INSTANCE, List.of(update));
            RemoteRefUpdate pushed = result.getRemoteUpdate(remoteRef);
            if (pushed.getStatus() == RemoteRefUpdate.Status.OK) {
                var tracking = repo.updateRef(Constants.R_REMOTES + "origin/" + branch);
                tracking.setNewObjectId(commit);
                tracking.forceUpdate();
            }
            return pushed;
        } catch (java.net.URISyntaxException e) {
            throw new ArchiveException("The repository address is not a valid git URL", e);
        } catch (org.eclipse.jgit.errors.TransportException e) {
            throw new ArchiveException(JGitRepositoryProbe.explain(e, TIMEOUT_SECONDS), e);
        }
    }

    @Override
    public String configuredName() {
        if (properties.name() != null && !properties.name().isBlank()) {
            return properties.name().strip();
        }
        if (properties.createDemo()) {
            return DemoRepository.NAME;
        }
        // https://user:token@host/x.git names the host and path only: the credentials stay out of screens.
        return properties.remote().replaceFirst("^([a-z][a-z0-9+.-]*://)[^/@]*@", "$1");
    }

    private String defaultRemote() {
        String remote = properties.remote();
        File local = new File(remote);
        return local.isAbsolute() || !remote.contains(":") ? local.getAbsoluteFile().toURI().toString() : remote;
    }

    private record Prepared(ObjectId commit, String adrPath, String summaryPath) {
    }
}
