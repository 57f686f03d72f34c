package dev.verdict.repository;

import java.util.UUID;

/** An admin connected a repository: its ADRs can now be read (the decision log reads them soon after). */
public record RepositoryConnected(UUID repositoryId) {
}
