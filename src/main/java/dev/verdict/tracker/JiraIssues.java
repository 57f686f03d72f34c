package dev.verdict.tracker;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Jira issues, Cloud and Data Center. Created with {@code POST /rest/api/2/issue} (both document
 * v2, whose description is plain text) as a Task with the {@code duedate}. The marker is a label,
 * {@code verdict-item-<uuid>}, found with JQL: Cloud's {@code GET /rest/api/3/search/jql} (the old
 * search is withdrawn there), Data Center's {@code GET /rest/api/2/search}. The project is checked
 * first ({@code GET /rest/api/2/project/{key}}), since Jira answers a missing one with a 400 on
 * creation. The owner: Cloud finds people by {@code GET /rest/api/3/user/search?query=} and assigns
 * by {@code accountId} (only when exactly one person matches); Data Center by
 * {@code GET /rest/api/2/user/search?username=} and {@code name}. Cloud authenticates with Basic
 * {@code email:api-token}, Data Center with a personal access token (Bearer).
 */
final class JiraIssues implements IssueTracker {

    private final TrackerHttp http;
    private final String projectKey;
    private final boolean cloud;

    JiraIssues(TrackerHttp http, String projectKey, String token, boolean cloud) {
        this.http = http.header("Authorization", cloud
                ? "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8))
                : "Bearer " + token);
        this.projectKey = projectKey;
        this.cloud = cloud;
    }

    static String label(TicketRequest request) {
        return "verdict-item-" + request.itemId();
    }

    @Override
    public Optional<FiledTicket> find(TicketRequest request) throws TrackerFailure {
        http.get("/rest/api/2/project/" + IssueTrackers.encode(projectKey));
        String jql = "project = \"" + projectKey + "\" AND labels = \"" + label(request) + "\"";
        JsonNode found = http.get((cloud ? "/rest/api/3/search/jql" : "/rest/api/2/search") + "?jql="
                + IssueTrackers.encode(jql) + "&fields=key&maxResults=1");
        JsonNode first = found.path("issues").path(0);
        return first.has("key") ? Optional.of(ticket(first.path("key").asString(), false)) : Optional.empty();
    }

    @Override
    public FiledTicket create(TicketRequest request) throws TrackerFailure {
        ObjectNode assignee = request.owner() == null ? null : assignee(request.owner());
        ObjectNode body = TrackerHttp.JSON.createObjectNode();
        ObjectNode fields = body.putObject("fields");
        fields.putObject("project").put("key", projectKey);
        fields.put("summary", request.title().replaceAll("\\s+", " "));
        fields.put("description", request.body("Jira", assignee != null, false, "Verdict item " + request.itemId()));
        fields.putObject("issuetype").put("name", "Task");
        fields.putArray("labels").add(label(request));
        if (request.dueDate() != null) {
            fields.put("duedate", request.dueDate().toString());
        }
        if (assignee != null) {
            fields.set("assignee", assignee);
        }
        JsonNode issue = http.post("/rest/api/2/issue", body);
        return ticket(issue.path("key").asString(), assignee != null);
    }

    private ObjectNode assignee(String owner) throws TrackerFailure {
        if (cloud) {
            JsonNode users = http.get("/rest/api/3/user/search?query=" + IssueTrackers.encode(owner));
            if (users.isArray() && users.size() == 1 && users.get(0).has("accountId")) {
                return TrackerHttp.JSON.createObjectNode().put("accountId", users.get(0).path("accountId").asString());
            }
            return null;
        }
        JsonNode users = http.get("/rest/api/2/user/search?username=" + IssueTrackers.encode(owner));
        for (JsonNode user : users) {
            if (owner.equalsIgnoreCase(user.path("name").asString(""))) {
                return TrackerHttp.JSON.createObjectNode().put("name", user.path("name").asString());
            }
        }
        return null;
    }

    private FiledTicket ticket(String key, boolean assigned) {
        return new FiledTicket(key, http.base() + "/browse/" + key, assigned);
    }
}
