package dev.verdict.publishing.host;

import dev.verdict.repository.CodeHostAccess;
import dev.verdict.repository.CodeHostKind;
import java.net.http.HttpRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Gitea's and Forgejo's API v1 ({@code https://host/api/v1}, {@code Authorization: token ...}):
 * open pulls are listed page by page ({@code state=open}, 50 a page, at most 20 pages) and matched
 * by {@code head.ref} and {@code base.ref}, as the list cannot filter by head; the rest mirrors
 * GitHub's ({@link GitHubShapedHost}).
 */
@Component
class GiteaHost extends GitHubShapedHost {

    private static final int PAGE = 50;
    private static final int MAX_PAGES = 20;

    GiteaHost(HostApi api) {
        super(api);
    }

    @Override
    public CodeHostKind kind() {
        return CodeHostKind.GITEA;
    }

    @Override
    HttpRequest.Builder authorize(HttpRequest.Builder request, CodeHostAccess access) {
        return access.hasToken() ? request.header("Authorization", "token " + access.token()) : request;
    }

    @Override
    public Optional<Opened> findOpen(CodeHostAccess access, String head, String base) {
        for (int page = 1; page <= MAX_PAGES; page++) {
            JsonNode pulls = get(access, "/pulls?state=open&limit=" + PAGE + "&page=" + page,
                    "list open pull requests").body2xx();
            for (JsonNode pull : pulls) {
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
}
