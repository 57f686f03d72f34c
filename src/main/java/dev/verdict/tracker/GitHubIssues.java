package dev.verdict.tracker;

import java.time.LocalDate;

/**
 * GitHub Issues (REST API 2022-11-28, docs.github.com/rest/issues), with a bearer token: issues are
 * listed by {@code GET /repos/{owner}/{repo}/issues?state=all&since=}, 100 a page; the owner is
 * assigned by login when {@code GET /repos/{owner}/{repo}/assignees/{login}} answers 204. GitHub
 * issues have no due date: it goes into the body. The rest is {@link GitHubShapedIssues}'.
 */
final class GitHubIssues extends GitHubShapedIssues {

    GitHubIssues(TrackerHttp http, String project, String token) {
        super(http.header("Accept", "application/vnd.github+json").header("X-GitHub-Api-Version", "2022-11-28")
                .header("Authorization", "Bearer " + token), "/repos/" + IssueTrackers.ownerRepo(project), "GitHub", 100, 10);
    }

    @Override
    String issuesQuery(String since, int pageSize, int page) {
        return "?state=all&since=" + since + "&per_page=" + pageSize + "&page=" + page;
    }

    @Override
    String assignablePath(String login) {
        return repo + "/assignees/" + login;
    }

    @Override
    String dueDateField(LocalDate due) {
        return null;
    }
}
