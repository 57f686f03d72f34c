package dev.verdict.tracker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A connected repository's issue tracker, as the admin types it.
 *
 * @param baseUrl the tracker's http(s) root ({@link TrackerKind#exampleUrl()}); GitHub's is its API root
 * @param project {@code owner/repo} (GitHub, Gitea), a GitLab project path or numeric id, or a Jira project key
 * @param token   the credential the tracker issued (Jira Cloud: {@code email:api-token}); sealed at once
 */
public record NewTracker(
        @NotNull(message = "Pick a repository") UUID repositoryId,
        @NotNull(message = "Pick a tracker") TrackerKind kind,
        @NotBlank(message = "Type the tracker's base URL")
        @Size(max = MAX_URL, message = "A base URL has at most " + MAX_URL + " characters")
        @Pattern(regexp = "(?i)\\s*https?://[^\\s/?#@]+[^\\s?#@]*\\s*", message = "A base URL starts with https:// and has no query")
        String baseUrl,
        @NotBlank(message = "Name the project")
        @Size(max = MAX_PROJECT, message = "A project name has at most " + MAX_PROJECT + " characters")
        @Pattern(regexp = "\\s*[\\w.\\-/]+\\s*", message = "A project is owner/repo, a GitLab path or id, or a Jira key")
        String project,
        @NotBlank(message = "Paste the token")
        @Size(max = MAX_TOKEN, message = "A token has at most " + MAX_TOKEN + " characters")
        String token) {

    public static final int MAX_URL = 500;
    public static final int MAX_PROJECT = 300;
    public static final int MAX_TOKEN = 1000;

    @Override
    public String toString() {
        return "NewTracker[" + repositoryId + ", " + kind + ", " + baseUrl + ", " + project + ", token hidden]";
    }
}
