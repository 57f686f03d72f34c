package dev.verdict.publishing.host;

import static dev.verdict.publishing.host.HostApi.encode;

import dev.verdict.publishing.CodeHost;
import dev.verdict.publishing.CodeHostException;
import dev.verdict.publishing.PullRequestState;
import dev.verdict.repository.CodeHostAccess;
import java.net.http.HttpRequest;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The pull request API GitHub defined and Gitea/Forgejo mirror, under {@code /repos/{owner}/{repo}}:
 * a reviewer is a collaborator ({@code GET /collaborators/{username}} answers 204, 404 when not);
 * a pull is opened by {@code POST /pulls} with {@code title, body, head, base}, its reviewer asked
 * by {@code POST /pulls/{number}/requested_reviewers} with {@code reviewers}, and read by
 * {@code GET /pulls/{number}} as {@code number, html_url, state}, merged when {@code merged} is
 * true or {@code merged_at} is set. Each host adds how it authenticates and how it finds an open pull.
 */
abstract class GitHubShapedHost implements CodeHost {

    final HostApi api;

    GitHubShapedHost(HostApi api) {
        this.api = api;
    }

    /** The request with this host's credential (and any version headers) added. */
    abstract HttpRequest.Builder authorize(HttpRequest.Builder request, CodeHostAccess access);

    /** A GET of {@code path} under the repository, {@code what} naming the call in a failure. */
    HostApi.Answer get(CodeHostAccess access, String path, String what) {
        return api.get(access, "/repos/" + access.project() + path, r -> authorize(r, access), what);
    }

    private HostApi.Answer post(CodeHostAccess access, String path, String what, JsonNode body) {
        return api.post(access, "/repos/" + access.project() + path, r -> authorize(r, access), what, body);
    }

    @Override
    public Optional<String> reviewer(CodeHostAccess access, String username) {
        var answer = get(access, "/collaborators/" + encode(username), "look up the reviewer");
        if (answer.status() == 404) {
            return Optional.empty();
        }
        answer.body2xx();
        return Optional.of(username);
    }

    @Override
    public Opened open(CodeHostAccess access, Draft draft) {
        var body = api.json.createObjectNode().put("title", draft.title()).put("body", draft.body())
                .put("head", draft.head()).put("base", draft.base());
        Opened opened = opened(post(access, "/pulls", "open a pull request", body).body2xx());
        if (draft.reviewer() != null) {
            var reviewers = api.json.createObjectNode();
            reviewers.putArray("reviewers").add(draft.reviewer());
            post(access, "/pulls/" + opened.number() + "/requested_reviewers", "ask for a review", reviewers).body2xx();
        }
        return opened;
    }

    @Override
    public Opened read(CodeHostAccess access, long number) {
        return opened(get(access, "/pulls/" + number, "read the pull request").body2xx());
    }

    /** A pull as the host answered it; a {@link CodeHostException} when it names no number. */
    Opened opened(JsonNode pull) {
        if (!pull.path("number").isNumber()) {
            throw new CodeHostException(kind().label() + "'s answer names no pull request number", null);
        }
        JsonNode mergedAt = pull.path("merged_at");
        PullRequestState state = pull.path("merged").asBoolean(false) || !mergedAt.isNull() && !mergedAt.isMissingNode()
                ? PullRequestState.MERGED
                : "open".equals(pull.path("state").asString("")) ? PullRequestState.OPEN : PullRequestState.CLOSED;
        return new Opened(pull.path("number").asLong(), pull.path("html_url").asString(null), state);
    }
}
