package dev.verdict.decisionlog;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One decision in the log: an ADR committed in a connected repository, or a decision recorded in
 * Verdict and not yet in git.
 *
 * @param id           stable across refreshes: derived from the repository and the ADR's path, or the review's id
 * @param number       how people refer to it ("0007", "003", "20210304" for log4brains); null for a decision not yet in git
 * @param status       as the log shows it ("Superseded by 0009 · Use SQLite")
 * @param statusGroup  its first word ("Accepted", "Superseded", "Proposed", "Rejected", "Deprecated"), for the filter
 * @param date         as the ADR writes it (ISO, "2026-01-05"); null when it has none
 * @param repositoryId null for a decision not yet in git whose doc was not taken from a repository
 * @param repository   the repository's name; null as above
 * @param path         the ADR's file from the repository root; null for a decision not yet in git
 * @param tags         as the ADR lists them (MADR front matter, the Tags bullet); none for adr-tools
 * @param deciders     who decided: the ADR's decision makers, else the Verdict decision's decision maker
 * @param chain        the supersede chain from this ADR to the one that finally replaced it, as numbers; empty when not superseded
 * @param revisitOn    the day the decision is due to be looked at again, from Verdict's decision record; null when none
 * @param reviewId     the Verdict review that decided it; null when none, or when the caller is not a member of it
 * @param commit       the commit that published it (Verdict's publication), else the branch head it was read at; null when not in git
 * @param inGit        false for a decision recorded in Verdict and not yet committed
 * @param commitUrl    the commit's web page where the host is known (GitHub, GitLab); null elsewhere and when not in git
 */
public record LogEntry(UUID id, String number, String title, String status, String statusGroup, String date,
                       UUID repositoryId, String repository, String path, List<String> tags, List<String> deciders,
                       List<String> chain, LocalDate revisitOn, UUID reviewId, String commit, boolean inGit, String commitUrl) {

    /** "0007 · Use PostgreSQL"; a decision not yet in git by its title alone. */
    public String label() {
        return number == null ? title : number + " · " + title;
    }

    /** Whether it is due for revisit on this day: its revisit date has come. */
    public boolean dueOn(LocalDate today) {
        return revisitOn != null && !revisitOn.isAfter(today);
    }

    LogEntry withoutReview() {
        return new LogEntry(id, number, title, status, statusGroup, date, repositoryId, repository, path, tags, deciders,
                chain, revisitOn, null, inGit ? commit : null, inGit, inGit ? commitUrl : null);
    }
}
