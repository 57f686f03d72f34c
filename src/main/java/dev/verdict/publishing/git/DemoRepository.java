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

    private DemoRepository() {
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
