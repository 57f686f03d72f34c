package dev.verdict.publishing.host;

import static dev.verdict.publishing.host.HostApi.encode;

import dev.verdict.publishing.CodeHost;
import dev.verdict.publishing.CodeHostException;
import dev.verdict.publishing.PullRequestState;
import dev.verdict.repository.CodeHostAccess;
import dev.verdict.repository.CodeHostKind;
import java.net.http.HttpRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * GitLab's REST API v4 (gitlab.com at {@code https://gitlab.com/api/v4}, self-managed at
 * {@code https://host/api/v4}), with a {@code PRIVATE-TOKEN}: the project is addressed by its
 * URL-encoded full path, merge requests are listed by {@code source_branch} and
 * {@code target_branch}, opened with {@code reviewer_ids} (the id from {@code GET /users?username=}),
 * and read back by their {@code iid}; their states are opened, closed, locked and merged.
 */
@Component
class GitLabHost implements CodeHost {

    private final HostApi api;

    GitLabHost(HostApi api) {
        this.api = api;
    }

    @Override
    public CodeHostKind kind() {
        return CodeHostKind.GITLAB;
    }

    private static HttpRequest.Builder auth(HttpRequest.Builder request, CodeHostAccess access) {
        return access.hasToken() ? request.header("PRIVATE-TOKEN", access.token()) : request;
    }

    private static String project(CodeHostAccess access) {
        return "/projects/" + encode(access.project());
    }

    @Override
    public Optional<String> reviewer(CodeHostAccess access, String username) {
        JsonNode users = api.get(access, "/users?username=" + encode(username), r -> auth(r, access),
                "look up the reviewer").body2xx();
        return users.size() == 0 || !users.get(0).path("id").isNumber() ? Optional.empty()
                : Optional.of(String.valueOf(users.get(0).path("id").asLong()));
    }

    @Override
    public Optional<Opened> findOpen(CodeHostAccess access, String head, String base) {
        JsonNode requests = api.get(access, project(access) + "/merge_requests?state=opened&source_branch=" + encode(head)
                + "&target_branch=" + encode(base), r -> auth(r, access), "list open merge requests").body2xx();
        return requests.size() == 0 ? Optional.empty() : Optional.of(opened(requests.get(0)));
    }

    @Override
    public Opened open(CodeHostAccess access, Draft draft) {
        var body = api.json.createObjectNode().put("source_branch", draft.head()).put("target_branch", draft.base())
                .put("title", draft.title()).put("description", draft.body());
        if (draft.reviewer() != null) {
            body.putArray("reviewer_ids").add(Long.parseLong(draft.reviewer()));
        }
        return opened(api.post(access, project(access) + "/merge_requests", r -> auth(r, access),
                "open a merge request", body).body2xx());
    }

    @Override
    public Opened read(CodeHostAccess access, long number) {
        return opened(api.get(access, project(access) + "/merge_requests/" + number, r -> auth(r, access),
                "read the merge request").body2xx());
    }

    private static Opened opened(JsonNode request) {
        if (!request.path("iid").isNumber()) {
            throw new CodeHostException("GitLab's answer names no merge request", null);
        }
        PullRequestState state = switch (request.path("state").asString("")) {
            case "merged" -> PullRequestState.MERGED;
            case "opened", "locked" -> PullRequestState.OPEN;
            default -> PullRequestState.CLOSED;
        };
        return new Opened(request.path("iid").asLong(), request.path("web_url").asString(null), state);
    }
}
