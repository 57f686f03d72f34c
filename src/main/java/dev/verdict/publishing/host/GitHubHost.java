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
 * GitHub's REST API (github.com at {@code https://api.github.com}, Enterprise Server at
 * {@code https://host/api/v3}), version 2022-11-28: pulls are listed by {@code head=owner:branch},
 * opened by {@code POST /repos/{owner}/{repo}/pulls}, and the reviewer is asked by
 * {@code POST .../pulls/{number}/requested_reviewers} when they are a collaborator
 * ({@code GET .../collaborators/{username}} answers 204). Merged is {@code merged: true} on a closed pull.
 */
@Component
class GitHubHost implements CodeHost {

    private final HostApi api;

    GitHubHost(HostApi api) {
        this.api = api;
    }

    @Override
    public CodeHostKind kind() {
        return CodeHostKind.GITHUB;
    }

    private static HttpRequest.Builder auth(HttpRequest.Builder request, CodeHostAccess access) {
        request.header("Accept", "application/vnd.github+json").header("X-GitHub-Api-Version", "2022-11-28");
        return access.hasToken() ? request.header("Authorization", "Bearer " + access.token()) : request;
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
        String owner = access.project().substring(0, access.project().indexOf('/'));
        JsonNode pulls = api.get(access, repo(access) + "/pulls?state=open&head=" + encode(owner + ":" + head)
                + "&base=" + encode(base), r -> auth(r, access), "list open pull requests").body2xx();
        for (int i = 0; i < pulls.size(); i++) {
            if (head.equals(pulls.get(i).path("head").path("ref").asString(""))) {
                return Optional.of(opened(pulls.get(i)));
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
            throw new CodeHostException("GitHub's answer names no pull request number", null);
        }
        PullRequestState state = pull.path("merged").asBoolean(false) || !pull.path("merged_at").isNull()
                && !pull.path("merged_at").isMissingNode() ? PullRequestState.MERGED
                : "open".equals(pull.path("state").asString("")) ? PullRequestState.OPEN : PullRequestState.CLOSED;
        return new Opened(pull.path("number").asLong(), pull.path("html_url").asString(null), state);
    }
}
