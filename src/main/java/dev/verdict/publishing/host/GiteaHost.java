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
 * Gitea's and Forgejo's API v1 ({@code https://host/api/v1}, {@code Authorization: token ...}):
 * open pulls are listed page by page ({@code state=open}, 50 a page) and matched by
 * {@code head.ref} and {@code base.ref}; a pull is opened by {@code POST /repos/{owner}/{repo}/pulls}
 * and its reviewer asked by {@code POST .../pulls/{index}/requested_reviewers} with {@code reviewers}
 * when {@code GET .../collaborators/{username}} answers 204. Merged is {@code merged: true}.
 */
@Component
class GiteaHost implements CodeHost {

    private static final int PAGE = 50;
    private static final int MAX_PAGES = 20;

    private final HostApi api;

    GiteaHost(HostApi api) {
        this.api = api;
    }

    @Override
    public CodeHostKind kind() {
        return CodeHostKind.GITEA;
    }

    private static HttpRequest.Builder auth(HttpRequest.Builder request, CodeHostAccess access) {
        return access.hasToken() ? request.header("Authorization", "token " + access.token()) : request;
    }

    private static String repo(CodeHostAccess access) {
        return "/repos/" + access.project();
    }

    @Override
    public Optional<String> reviewer(CodeHostAccess access, String username) {
        var answer = api.get(access, repo(access) + "/collaborators/" + encode(username), r -> auth(r, access),
                "look up the reviewer");
        if (answer.status() == 404) {
            return Optional.empty();
        }
        answer.body2xx();
        return Optional.of(username);
    }

    @Override
    public Optional<Opened> findOpen(CodeHostAccess access, String head, String base) {
        for (int page = 1; page <= MAX_PAGES; page++) {
            JsonNode pulls = api.get(access, repo(access) + "/pulls?state=open&limit=" + PAGE + "&page=" + page,
                    r -> auth(r, access), "list open pull requests").body2xx();
            for (int i = 0; i < pulls.size(); i++) {
                JsonNode pull = pulls.get(i);
                if (head.equals(pull.path("head").path("ref").asString("")) && base.equals(pull.path("base").path("ref").asString(""))) {
                    return Optional.of(opened(pull));
                }
            }
            if (pulls.size() < PAGE) {
                break;
            }
        }
        return Optional.empty();
    }

    @Override
    public Opened open(CodeHostAccess access, Draft draft) {
        var body = api.json.createObjectNode().put("title", draft.title()).put("body", draft.body())
                .put("head", draft.head()).put("base", draft.base());
        Opened opened = opened(api.post(access, repo(access) + "/pulls", r -> auth(r, access),
                "open a pull request", body).body2xx());
        if (draft.reviewer() != null) {
            var reviewers = api.json.createObjectNode();
            reviewers.putArray("reviewers").add(draft.reviewer());
            api.post(access, repo(access) + "/pulls/" + opened.number() + "/requested_reviewers", r -> auth(r, access),
                    "ask for a review", reviewers).body2xx();
        }
        return opened;
    }

    @Override
    public Opened read(CodeHostAccess access, long number) {
        return opened(api.get(access, repo(access) + "/pulls/" + number, r -> auth(r, access),
                "read the pull request").body2xx());
    }

    private static Opened opened(JsonNode pull) {
        if (!pull.path("number").isNumber()) {
            throw new CodeHostException("Gitea's answer names no pull request number", null);
        }
        PullRequestState state = pull.path("merged").asBoolean(false) ? PullRequestState.MERGED
                : "open".equals(pull.path("state").asString("")) ? PullRequestState.OPEN : PullRequestState.CLOSED;
        return new Opened(pull.path("number").asLong(), pull.path("html_url").asString(null), state);
    }
}
