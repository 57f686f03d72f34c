package dev.verdict.tracker;

/**
 * The issue trackers Verdict files follow-up tickets in, each with the base URL an admin types and
 * the shape of its project name.
 */
public enum TrackerKind {
    GITHUB("GitHub Issues", "https://api.github.com", "owner/repo"),
    GITLAB("GitLab Issues", "https://gitlab.com", "group/project, or the project's id"),
    JIRA_CLOUD("Jira Cloud", "https://your-site.atlassian.net", "project key, e.g. ENG"),
    JIRA_DATA_CENTER("Jira Data Center", "https://jira.example.com", "project key, e.g. ENG"),
    GITEA("Gitea / Forgejo", "https://gitea.example.com", "owner/repo");

    private final String label;
    private final String exampleUrl;
    private final String projectHint;

    TrackerKind(String label, String exampleUrl, String projectHint) {
        this.label = label;
        this.exampleUrl = exampleUrl;
        this.projectHint = projectHint;
    }

    public String label() {
        return label;
    }

    /** The base URL's usual form: GitHub's is its API root ({@code https://HOST/api/v3} on Enterprise Server). */
    public String exampleUrl() {
        return exampleUrl;
    }

    public String projectHint() {
        return projectHint;
    }

    /** What the token field holds: Jira Cloud takes the account's email and an API token. */
    public String tokenHint() {
        return switch (this) {
            case GITHUB -> "A fine-grained token with Issues: read and write";
            case GITLAB -> "A project or personal access token with the api scope";
            case JIRA_CLOUD -> "Your Atlassian email and an API token, as email:token";
            case JIRA_DATA_CENTER -> "A personal access token";
            case GITEA -> "An access token with write:issue and read:user";
        };
    }
}
