package dev.verdict.tracker;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GitHub Issues (REST API 2022-11-28, docs.github.com/rest/issues): the marker is a hidden HTML
 * comment in the body, found by listing the repository's issues updated since the outbox row
 * ({@code GET /repos/{owner}/{repo}/issues?state=all&since=}; the search API's index lags, this
 * list does not). The owner is assigned by login when {@code GET /repos/{owner}/{repo}/assignees/{login}}
 * answers 204. GitHub issues have no due date: it goes into the body.
 */
final class GitHubIssues implements IssueTracker {

    private static final int PAGE = 100;
    private static final int PAGES = 10;

    private final TrackerHttp http;
    private final String repo;

    GitHubIssues(TrackerHttp http, String project, String token) {
        this.http = http.header("Accept", "application/vnd.github+json").header("X-GitHub-Api-Version", "2022-11-28")
                .header("Authorization", "Bearer " + token);
        this.repo = "/repos/" + IssueTrackers.ownerRepo(project);
    }

    @Override
    public Optional<FiledTicket> find(TicketRequest request) throws TrackerFailure {
        String marker = request.marker();
        for (int page = 1; page <= PAGES; page++) {
            JsonNode issues = http.get(repo + "/issues?state=all&since=" + IssueTrackers.since(request.createdFrom())
                    + "&per_page=" + PAGE + "&page=" + page);
            for (JsonNode issue : issues) {
                if (issue.path("body").asString("").contains(marker)) {
                    return Optional.of(new FiledTicket("#" + issue.path("number").asLong(), issue.path("html_url").asString(), false));
                }
            }
            if (issues.size() < PAGE) {
                break;
            }
        }
        return Optional.empty();
    }

    @Override
    public FiledTicket create(TicketRequest request) throws TrackerFailure {
        boolean assigned = request.owner() != null
                && http.getIfFound(repo + "/assignees/" + IssueTrackers.encode(request.owner())).isPresent();
        ObjectNode body = TrackerHttp.JSON.createObjectNode();
        body.put("title", request.title());
        body.put("body", request.body("GitHub", assigned, true, request.marker()));
        if (assigned) {
            body.putArray("assignees").add(request.owner());
        }
        JsonNode issue = http.post(repo + "/issues", body);
        return new FiledTicket("#" + issue.path("number").asLong(), issue.path("html_url").asString(), assigned);
    }
}
