package dev.verdict.repository;

import jakarta.validation.constraints.Size;

/**
 * What an admin sets for a repository's pull requests: the host's kind, its API base URL and the
 * project there (each blank to derive it from the git URL, see {@link CodeHostAccess#resolve}), and
 * an API token, sealed on save and never shown again; blank uses the https git credential's token.
 * A null kind with everything blank clears the settings.
 */
public record CodeHostSettings(
        CodeHostKind kind,
        @Size(max = 500, message = "Keep the API URL under 500 characters") String apiUrl,
        @Size(max = 300, message = "Keep the project under 300 characters") String project,
        @Size(max = 4000, message = "The token is too long") String token) {

    @Override
    public String toString() {
        return "CodeHostSettings[" + kind + ", " + apiUrl + ", " + project + ", token="
                + (token == null || token.isEmpty() ? "none" : "****") + "]";
    }
}
