package dev.verdict.repository;

/**
 * The git hosts whose pull-request API Verdict speaks, each with the API's path under the host
 * when the admin names only the host (GitHub Enterprise Server {@code /api/v3}, GitLab
 * {@code /api/v4}, Gitea and Forgejo {@code /api/v1}, Bitbucket Data Center {@code /rest/api/1.0}).
 */
public enum CodeHostKind {
    GITHUB("GitHub", "/api/v3", "pull request"),
    GITLAB("GitLab", "/api/v4", "merge request"),
    GITEA("Gitea / Forgejo", "/api/v1", "pull request"),
    BITBUCKET_DATA_CENTER("Bitbucket Data Center", "/rest/api/1.0", "pull request");

    private final String label;
    private final String apiPath;
    private final String requestName;

    CodeHostKind(String label, String apiPath, String requestName) {
        this.label = label;
        this.apiPath = apiPath;
        this.requestName = requestName;
    }

    public String label() {
        return label;
    }

    /** The API's path on a self-hosted server, appended to {@code https://host}. */
    public String apiPath() {
        return apiPath;
    }

    /** What the host calls it: GitLab says "merge request", the others "pull request". */
    public String requestName() {
        return requestName;
    }
}
