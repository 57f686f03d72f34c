package dev.verdict.decision;

import java.util.Optional;
import java.util.UUID;

/**
 * What the team's repository already records for reviews whose decision Verdict's database does
 * not have: a crash after the push that lost the database's record (issue "Never lose a
 * decision"). Implemented by the publishing module, which reads the repository; the decision
 * module asks it so that such a review is never closed into a record that says something else.
 */
public interface RecordedDecisions {

    /** The repository's record of this undecided review, if the last check found one. */
    Optional<RecordedDecision> recordedFor(UUID reviewId);

    /**
     * A review's commit as the repository has it.
     *
     * @param commitId  the full commit id
     * @param outcome   the outcome's label as the commit message gives it ("Approved"), null if it has none
     * @param statement the decision statement on one line, null for commits made before Verdict wrote it
     * @param where     the repository and branch ("Demo repository: main")
     */
    record RecordedDecision(String commitId, String outcome, String statement, String where) {

        /** Whether closing with this outcome and statement would record the same decision (a missing side is not compared). */
        public boolean matches(Outcome closing, String closingStatement) {
            boolean sameOutcome = outcome == null || closing == null || outcome.equals(closing.label());
            boolean sameStatement = statement == null || closingStatement == null
                    || statement.strip().equals(SummaryWriter.oneLine(closingStatement).strip());
            return sameOutcome && sameStatement;
        }

        /** "commit 1a2b3c4 in Demo repository: main records “Approved: Cache pages for five minutes”". */
        public String describe() {
            String what = (outcome == null ? "a decision" : outcome) + (statement == null ? "" : ": " + statement);
            return "commit " + commitId.substring(0, Math.min(7, commitId.length())) + " in " + where
                    + " records \u201c" + what + "\u201d";
        }
    }
}
