package dev.verdict.tracker;

import java.time.LocalDate;

/**
 * Gitea and Forgejo issues (API v1, the instance's {@code /api/swagger}), with
 * {@code Authorization: token ...}: issues are listed by
 * {@code GET /api/v1/repos/{owner}/{repo}/issues?state=all&type=issues&since=} (pull requests are
 * issues there too), 50 a page; the owner is assigned by login when
 * {@code GET /api/v1/users/{username}} finds them; the due date is {@code due_date} (RFC 3339,
 * midnight UTC). The rest mirrors GitHub's ({@link GitHubShapedIssues}).
 */
final class GiteaIssues extends GitHubShapedIssues {

    GiteaIssues(TrackerHttp http, String project, String token) {
        super(http.header("Authorization", "token " + token), "/api/v1/repos/" + IssueTrackers.ownerRepo(project),
                "Gitea", 50, 20);
    }

    @Override
    String issuesQuery(String since, int pageSize, int page) {
        return "?state=all&type=issues&since=" + since + "&limit=" + pageSize + "&page=" + page;
    }

    @Override
    String assignablePath(String login) {
        return "/api/v1/users/" + login;
    }

    @Override
    String dueDateField(LocalDate due) {
        return due + "T00:00:00Z";
    }
}
