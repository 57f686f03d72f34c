package dev.verdict.tracker;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GitLab issues (REST API v4, docs.gitlab.com/api/issues): the project by its path (encoded,
 * {@code group%2Fproject}) or numeric id. The marker is a hidden HTML comment in the description,
 * found by listing the project's issues created since the outbox row
 * ({@code GET /api/v4/projects/:id/issues?created_after=}). The owner is assigned by
 * {@code assignee_ids} after {@code GET /api/v4/users?username=} finds them; the due date is {@code due_date}.
 */
final class GitLabIssues implements IssueTracker {

    private static final int PAGE = 100;
    private static final int PAGES = 10;

    private final TrackerHttp http;
    private final String issues;

    GitLabIssues(TrackerHttp http, String project, String token) {
        this.http = http.header("PRIVATE-TOKEN", token);
        this.issues = "/api/v4/projects/" + IssueTrackers.encode(project) + "/issues";
    }

    @Override
    public Optional<FiledTicket> find(TicketRequest request) throws TrackerFailure {
        String marker = request.marker();
        for (int page = 1; page <= PAGES; page++) {
            JsonNode found = http.get(issues + "?created_after=" + IssueTrackers.since(request.createdFrom())
                    + "&scope=all&per_page=" + PAGE + "&page=" + page);
            for (JsonNode issue : found) {
                if (issue.path("description").asString("").contains(marker)) {
                    return Optional.of(new FiledTicket("#" + issue.path("iid").asLong(), issue.path("web_url").asString(), false));
                }
            }
            if (found.size() < PAGE) {
                break;
            }
        }
        return Optional.empty();
    }

    @Override
    public FiledTicket create(TicketRequest request) throws TrackerFailure {
        Long userId = null;
        if (request.owner() != null) {
            JsonNode users = http.get("/api/v4/users?username=" + IssueTrackers.encode(request.owner()));
            if (users.isArray() && !users.isEmpty() && users.get(0).has("id")) {
                userId = users.get(0).path("id").asLong();
            }
        }
        ObjectNode body = TrackerHttp.JSON.createObjectNode();
        body.put("title", request.title());
        body.put("description", request.body("GitLab", userId != null, false, request.marker()));
        if (userId != null) {
            body.putArray("assignee_ids").add(userId);
        }
        if (request.dueDate() != null) {
            body.put("due_date", request.dueDate().toString());
        }
        JsonNode issue = http.post(issues, body);
        return new FiledTicket("#" + issue.path("iid").asLong(), issue.path("web_url").asString(), userId != null);
    }
}
