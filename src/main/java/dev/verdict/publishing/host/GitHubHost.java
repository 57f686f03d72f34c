package dev.verdict.publishing.host;

import static dev.verdict.publishing.host.HostApi.encode;

import dev.verdict.repository.CodeHostAccess;
import dev.verdict.repository.CodeHostKind;
import java.net.http.HttpRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * GitHub's REST API (github.com at {@code https://api.github.com}, Enterprise Server at
 * {@code https://host/api/v3}), version 2022-11-28, with a bearer token: pulls are listed by
 * {@code head=owner:branch}; the rest is {@link GitHubShapedHost}'s.
 */
@Component
class GitHubHost extends GitHubShapedHost {

    GitHubHost(HostApi api) {
        super(api);
    }

    @Override
    public CodeHostKind kind() {
        return CodeHostKind.GITHUB;
    }

    @Override
    HttpRequest.Builder authorize(HttpRequest.Builder request, CodeHostAccess access) {
        request.header("Accept", "application/vnd.github+json").header("X-GitHub-Api-Version", "2022-11-28");
        return access.hasToken() ? request.header("Authorization", "Bearer " + access.token()) : request;
    }

    @Override
    public Optional<Opened> findOpen(CodeHostAccess access, String head, String base) {
        String owner = access.project().substring(0, access.project().indexOf('/'));
        JsonNode pulls = get(access, "/pulls?state=open&head=" + encode(owner + ":" + head) + "&base=" + encode(base),
                "list open pull requests").body2xx();
        for (int i = 0; i < pulls.size(); i++) {
            if (head.equals(pulls.get(i).path("head").path("ref").asString(""))) {
                return Optional.of(opened(pulls.get(i)));
            }
        }
        return Optional.empty();
    }
}
