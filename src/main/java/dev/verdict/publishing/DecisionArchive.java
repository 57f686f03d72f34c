package dev.verdict.publishing;

import dev.verdict.repository.AdrConvention;
import dev.verdict.repository.PublishTarget;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The port to the team's repository: stores a review's summary and ADR in one commit. The ADR's
 * number is only known at commit time, so the archive asks for its text by number.
 */
public interface DecisionArchive {

    /**
     * Commits the submission's ADR and summary and pushes them, or finds the commit an earlier
     * attempt made (by the review's trailer) and returns that one.
     *
     * @throws DecisionConflictException when the repository already holds a commit for this review
     *         that records a different outcome or statement; nothing is committed
     * @throws ArchiveException when the host cannot be reached, refuses, or the branch keeps moving
     */
    Archived archive(Submission submission);

    /**
     * The decisions the repository already records for some of these reviews, found by their
     * {@link #trailer trailer} on the branch and on open pull-request branches (newest 1 000
     * commits of each); reviews with no such commit are left out.
     *
     * @param destination the connected repository, null for the one configured under verdict.git
     * @throws ArchiveException when the host cannot be reached or refuses
     */
    Map<UUID, Recorded> recorded(PublishTarget destination, Collection<UUID> reviewIds);

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

    /**
     * What a review's commit in the repository says was decided, read from its message's
     * {@code Outcome:} and {@code Decision:} lines (the {@code Decision:} line since Verdict 0.14;
     * older commits carry the outcome only, and then only the outcome is compared).
     *
     * @param outcome   the outcome's label ("Approved"), null when the message has none
     * @param statement the decision statement on one line, null when the message has none
     */
    record Recorded(String commitId, String outcome, String statement, String branch) {

        public static Recorded of(String commitId, String message, String branch) {
            return new Recorded(commitId, line(message, "Outcome: ").orElse(null),
                    line(message, "Decision: ").orElse(null), branch);
        }

        /** Whether this commit records the decision the message describes; a side that lacks a line does not compare it. */
        public boolean records(String message) {
            var other = of(null, message, null);
            return same(outcome, other.outcome) && same(statement, other.statement);
        }

        /** "Approved: “Cache pages for five minutes”", or only the outcome when the statement is not known. */
        public String describe() {
            String what = outcome == null ? "a decision" : outcome;
            return statement == null ? what : what + ": \u201c" + statement + "\u201d";
        }

        private static boolean same(String a, String b) {
            return a == null || b == null || a.strip().equals(b.strip());
        }

        private static Optional<String> line(String message, String prefix) {
            return message == null ? Optional.empty() : message.lines()
                    .filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip()).findFirst();
        }
    }
}
