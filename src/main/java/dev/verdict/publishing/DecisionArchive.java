package dev.verdict.publishing;

import dev.verdict.repository.AdrConvention;
import dev.verdict.repository.PublishTarget;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The port to the team's repository: stores a review's summary and ADR in one commit. The ADR's
 * number is only known at commit time, so the archive asks for its text by number.
 */
public interface DecisionArchive {

    Archived archive(Submission submission);

    /**
     * What people call the repository configured under {@code verdict.git}, where pasted docs'
     * decisions go: "Demo repository" on the embedded defaults, else {@code verdict.git.name} or
     * the remote's address without credentials.
     */
    String configuredName();

    /**
     * @param destination the connected repository to publish to; null for the one configured under verdict.git
     *                    (adr-tools convention, pushed to its branch)
     * @param date        the decision's date, which names log4brains' ADR files
     * @param supersedes  the path of the ADR this one supersedes, changed in the same commit; null for none
     * @param adrMarkdown     the ADR's text once its number and both files' paths are known (they link each other)
     * @param summaryMarkdown the summary's text, likewise
     */
    record Submission(
            UUID reviewId,
            String adrSlug,
            Function<Placement, String> adrMarkdown,
            String summaryFileName,
            Function<Placement, String> summaryMarkdown,
            Author author,
            String message,
            PublishTarget destination,
            LocalDate date,
            String supersedes) {

        /** A submission whose summary does not depend on where the files land. */
        public Submission(UUID reviewId, String adrSlug, IntFunction<String> adrMarkdown, String summaryFileName,
                          String summaryMarkdown, Author author, String message, PublishTarget destination,
                          LocalDate date, String supersedes) {
            this(reviewId, adrSlug, placement -> adrMarkdown.apply(placement.number()), summaryFileName,
                    placement -> summaryMarkdown, author, message, destination, date, supersedes);
        }

        public AdrConvention convention() {
            return destination == null ? AdrConvention.ADR_TOOLS : destination.convention();
        }
    }

    /** Where the commit puts the ADR and the summary: the ADR's number and both paths from the repository root. */
    record Placement(int number, String adrPath, String summaryPath) {
    }

    record Author(String name, String email) {
    }

    /** Where the commit landed; {@code branch} is the pull-request branch in that mode, else the repository's branch. */
    record Archived(String commitId, String adrPath, String summaryPath, String branch) {
    }

    /** The trailer that marks a review's commit, so a retry finds it instead of committing twice. */
    static String trailer(UUID reviewId) {
        return "Design-Review: " + reviewId;
    }
}
