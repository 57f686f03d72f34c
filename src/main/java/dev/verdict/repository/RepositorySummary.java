package dev.verdict.repository;

import java.util.UUID;

/**
 * A connected repository as the admin sees it: whether it has credentials, never what they are;
 * {@code codeHost} describes its pull-request API ("GitHub, https://api.github.com, team/app, git token"
 * or "not set"), never the token.
 */
public record RepositorySummary(UUID id, String name, String url, String branch, boolean hasCredentials,
                                AdrConvention convention, String adrDir, String summaryDir, PublishMode publishMode,
                                String codeHost) {
}
