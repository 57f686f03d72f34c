package dev.verdict.repository;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A connected repository's ADRs at its branch head: the log as its convention reads it and each
 * ADR's Markdown as committed.
 *
 * @param texts each entry's file text by its path from the repository root ({@link AdrLog.Entry#path()})
 * @param gitUrl the repository's URL as connected (its credentials are sealed apart and never here)
 */
public record AdrFolder(UUID repositoryId, String repositoryName, AdrLog log, Map<String, String> texts, String gitUrl) {

    /** A commit's web page on the repository's host (GitHub, GitLab; {@link WebLinks}); empty elsewhere. */
    public Optional<String> commitPage(String commit) {
        return WebLinks.commit(gitUrl, commit);
    }
}
