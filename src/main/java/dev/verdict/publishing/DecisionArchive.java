package dev.verdict.publishing;

import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The port to the team's repository: stores a review's summary and ADR in one commit. The ADR's
 * number is only known at commit time, so the archive asks for its text by number.
 */
public interface DecisionArchive {

    Archived archive(Submission submission);

    record Submission(
            UUID reviewId,
            String adrSlug,
            IntFunction<String> adrMarkdown,
            String summaryFileName,
            String summaryMarkdown,
            Author author,
            String message) {
    }

    record Author(String name, String email) {
    }

    record Archived(String commitId, String adrPath, String summaryPath) {
    }

    /** The trailer that marks a review's commit, so a retry finds it instead of committing twice. */
    static String trailer(UUID reviewId) {
        return "Design-Review: " + reviewId;
    }
}
