package dev.verdict.publishing.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/** The demo's remote: a bare repository laid out as `adr init` leaves it, created on first start. */
final class DemoRepository {

    /** The name the demo is connected under (repository.DemoConnection), so screens name one repository one way. */
    static final String NAME = "Demo repository";

    private DemoRepository() {
    }

    /**
     * Turns off automatic garbage collection in the demo remote ({@code gc.auto=0} for C git and
     * JGit's loose-object trigger, {@code gc.autoPackLimit=0} for JGit's pack-count trigger, which
     * ignores {@code gc.auto}; and {@code gc.autoDetach=false} should someone turn it on again). Left on, JGit's receive-pack starts a detached gc in a background thread
     * after every push once the remote holds 50 packs (and keeps holding them: old packs are pruned
     * only after {@code gc.prunePackExpire}, an hour), repacking while the next publication fetches
     * and pushes. The demo remote is small and written by Verdict alone; a real host runs its own gc.
     *
     * @throws IOException when the remote's config cannot be read or written
     */
    static void housekeepInForeground(Path remote) throws IOException {
        try (Repository repo = new org.eclipse.jgit.storage.file.FileRepositoryBuilder().setGitDir(remote.toFile())
                .setBare().build()) {
            var config = repo.getConfig();
            if (config.getInt("gc", "auto", -1) == 0 && config.getInt("gc", "autoPackLimit", -1) == 0
                    && !config.getBoolean("gc", "autoDetach", true)) {
                return;
            }
            config.setInt("gc", null, "auto", 0);
            config.setInt("gc", null, "autoPackLimit", 0);
            config.setBoolean("gc", null, "autoDetach", false);
            config.save();
        }
    }

    static void createIfMissing(Path remote, String branch, Clock clock) throws IOException {
        if (Files.exists(remote.resolve("HEAD"))) {
            return;
        }
        Files.createDirectories(remote);
        try (Git git = Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch(branch).call()) {
            Repository repo = git.getRepository();
            String today = LocalDate.now(clock.withZone(ZoneId.systemDefault())).toString();
            Map<String, String> files = new LinkedHashMap<>();
            files.put(".adr-dir", GitDecisionArchive.DEFAULT_ADR_DIR + "\n");
            files.put("README.md", """
                    # Demo design repository

                    Verdict publishes design review summaries to `docs/design-reviews/` and ADRs to
                    `doc/adr/` (adr-tools layout) in this repository.
                    """);
            files.put("docs/design/search-indexing.md", """
                    # Search indexing pipeline

                    Owner: Bob Author · Approver: Alice Architect · Status: In review

                    ## Problem & User Impact
                    Search results lag behind writes by up to 20 minutes at peak, so people re-submit
                    forms they think were lost (4% of submissions are duplicates). Metric: p95 index lag.

                    ## Goals
                    - p95 index lag under 60 seconds
                    - No duplicate submissions caused by stale results

                    ## Non-goals
                    - Relevance tuning

                    ## Constraints
                    The search cluster cannot grow this quarter; writes peak at 2 000 per second.

                    ## Proposed Solution
                    Publish every write to a queue and index it within seconds with two consumers,
                    replacing the 15-minute batch job.

                    ## Alternatives and tradeoffs
                    | Option | Pro | Con |
                    | --- | --- | --- |
                    | Batch every minute | simple | load spikes every minute |
                    | Change data capture | no app changes | new infrastructure to run |

                    ## Failure modes
                    A queue backlog delays indexing; a poison message stops a consumer.

                    ## Observability
                    Dashboard of index lag and queue depth; alert when lag exceeds 5 minutes.

                    ## Rollout
                    Shadow-index for a week, then switch reads per tenant.

                    ## Rollback
                    Re-enable the batch job; it is idempotent.

                    ## Open questions
                    - Who owns the queue's on-call?
                    """);
            files.put(GitDecisionArchive.DEFAULT_ADR_DIR + "/0001-record-architecture-decisions.md", """
                    # 1. Record architecture decisions

                    Date: %s

                    ## Status

                    Accepted

                    ## Context

                    We need to record the architectural decisions made on this project.

                    ## Decision

                    We will use Architecture Decision Records, as [described by Michael Nygard](http://thinkrelevance.com/blog/2011/11/15/documenting-architecture-decisions).

                    ## Consequences

                    See Michael Nygard's article, linked above. For a lightweight ADR toolset, see Nat Pryce's [adr-tools](https://github.com/npryce/adr-tools).
                    """.formatted(today));
            PersonIdent verdict = new PersonIdent("Verdict", "verdict@localhost", clock.instant(), ZoneId.systemDefault());
            ObjectId commit = Trees.commit(repo, null, null, files, verdict, verdict, "Initialise the ADR log\n");
            RefUpdate update = repo.updateRef("refs/heads/" + branch);
            update.setNewObjectId(commit);
            update.setExpectedOldObjectId(ObjectId.zeroId());
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.NEW) {
                throw new IOException("Could not create the demo branch: " + result);
            }
        } catch (GitAPIException e) {
            throw new IOException("Could not create the demo repository at " + remote + ": " + e.getMessage(), e);
        }
    }
}
