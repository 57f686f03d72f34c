package dev.verdict.repository;

import java.util.Map;
import java.util.UUID;

/**
 * A connected repository's ADRs at its branch head: the log as its convention reads it and each
 * ADR's Markdown as committed.
 *
 * @param texts each entry's file text by its path from the repository root ({@link AdrLog.Entry#path()})
 */
public record AdrFolder(UUID repositoryId, String repositoryName, AdrLog log, Map<String, String> texts) {
}
