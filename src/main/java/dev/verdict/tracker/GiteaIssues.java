package dev.verdict.tracker;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gitea and Forgejo issues (API v1, the instance's {@code /api/swagger}): the marker is a hidden
 * HTML comment in the body, found by listing the repository's issues updated since the outbox row
 * ({@code GET /api/v1/repos/{owner}/{repo}/issues?state=all&type=issues&since=}). The owner is
 * assigned by login when {@code GET /api/v1/users/{username}} finds them; the due date is
 * {@code due_date} (RFC 3339, midnight UTC).
 */
final class GiteaIssues implements IssueTracker {

    private static final int PAGE = 50;
    private static final int PAGES = 20;

    private final TrackerHttp http;
    private final String repo;

    GiteaIssues(TrackerHttp http, String project, String token) {
        this.http = http.header("Authorization", "token " + token);
        this.repo = "/api/v1/repos/" + IssueTrackers.ownerRepo(project);
    }

    @Override
    public Optional<FiledTicket> find(TicketRequest request) throws TrackerFailure {
        String marker = request.marker();
        for (int page = 1; page <= PAGES; page++) {
            JsonNode issues = http.get(repo + "/issues?state=all&type=issues&since=" + IssueTrackers.since(request.createdFrom())
                    + "&limit=" + PAGE + "&page=" + page);
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
                && http.getIfFound("/api/v1/users/" + IssueTrackers.encode(request.owner())).isPresent();
        ObjectNode body = TrackerHttp.JSON.createObjectNode();
        body.put("title", request.title());
        body.put("body", request.body("Gitea", assigned, false, request.marker()));
        if (assigned) {
            body.putArray("assignees").add(request.owner());
        }
        if (request.dueDate() != null) {
            body.put("due_date", request.dueDate() + "T00:00:00Z");
        }
        JsonNode issue = http.post(repo + "/issues", body);
        return new FiledTicket("#" + issue.path("number").asLong(), issue.path("html_url").asString(), assigned);
    }
}
