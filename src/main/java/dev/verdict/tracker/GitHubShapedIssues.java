package dev.verdict.tracker;

import java.time.LocalDate;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The issues API GitHub defined and Gitea/Forgejo mirror, under a repository's {@code /issues}:
 * the marker is a hidden HTML comment in {@code body}, found by listing the issues updated since
 * the outbox row a page at a time (a list, not the search API, whose index lags); an issue is
 * created by {@code POST /issues} with {@code title, body, assignees} and answers {@code number}
 * and {@code html_url}. Each tracker adds its list query, how it tells an assignable owner, and
 * whether the due date has a field.
 */
abstract class GitHubShapedIssues implements IssueTracker {

    final TrackerHttp http;
    /** The repository's path, {@code .../repos/{owner}/{repo}}. */
    final String repo;
    private final String name;
    private final int pageSize;
    private final int pages;

    /**
     * @param http     the tracker's HTTP, its credential header set
     * @param name     the tracker as a ticket's body names it when the owner is unknown there
     * @param pageSize issues a page, at most {@code pages} pages read
     */
    GitHubShapedIssues(TrackerHttp http, String repo, String name, int pageSize, int pages) {
        this.http = http;
        this.repo = repo;
        this.name = name;
        this.pageSize = pageSize;
        this.pages = pages;
    }

    /** The query of one page of the issues (all states) updated since {@code since}, pages counted from 1. */
    abstract String issuesQuery(String since, int pageSize, int page);

    /** The path that answers 2xx when {@code login} can be assigned, 404 when not. */
    abstract String assignablePath(String login);

    /** The due date as the tracker's {@code due_date} field takes it; null where there is no such field (it goes into the body). */
    abstract String dueDateField(LocalDate due);

    @Override
    public Optional<FiledTicket> find(TicketRequest request) throws TrackerFailure {
        String marker = request.marker();
        String since = IssueTrackers.since(request.createdFrom());
        for (int page = 1; page <= pages; page++) {
            JsonNode issues = http.get(repo + "/issues" + issuesQuery(since, pageSize, page));
            for (JsonNode issue : issues) {
                if (issue.path("body").asString("").contains(marker)) {
                    return Optional.of(filed(issue, false));
                }
            }
            if (issues.size() < pageSize) {
                break;
            }
        }
        return Optional.empty();
    }

    @Override
    public FiledTicket create(TicketRequest request) throws TrackerFailure {
        boolean assigned = request.owner() != null
                && http.getIfFound(assignablePath(IssueTrackers.encode(request.owner()))).isPresent();
        String due = request.dueDate() == null ? null : dueDateField(request.dueDate());
        ObjectNode body = TrackerHttp.JSON.createObjectNode();
        body.put("title", request.title());
        body.put("body", request.body(name, assigned, due == null, request.marker()));
        if (assigned) {
            body.putArray("assignees").add(request.owner());
        }
        if (due != null) {
            body.put("due_date", due);
        }
        return filed(http.post(repo + "/issues", body), assigned);
    }

    private static FiledTicket filed(JsonNode issue, boolean assigned) {
        return new FiledTicket("#" + issue.path("number").asLong(), issue.path("html_url").asString(), assigned);
    }
}
