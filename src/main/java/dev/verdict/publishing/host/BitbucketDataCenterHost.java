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
import tools.jackson.databind.node.ObjectNode;

/**
 * Bitbucket Data Center's REST API 1.0 ({@code https://host/rest/api/1.0}, an HTTP access token as
 * {@code Bearer}); the project is {@code PROJECT_KEY/repo-slug}. Open pull requests are listed by
 * {@code direction=OUTGOING&at=refs/heads/<branch>}; a pull request is opened with
 * {@code fromRef}/{@code toRef} and {@code reviewers: [{user: {name}}]}, the name checked first by
 * {@code GET /users/{userSlug}}. States are OPEN, MERGED and DECLINED.
 */
@Component
class BitbucketDataCenterHost implements CodeHost {

    private final HostApi api;

    BitbucketDataCenterHost(HostApi api) {
        this.api = api;
    }

    @Override
    public CodeHostKind kind() {
        return CodeHostKind.BITBUCKET_DATA_CENTER;
    }

    private static HttpRequest.Builder auth(HttpRequest.Builder request, CodeHostAccess access) {
        return access.hasToken() ? request.header("Authorization", "Bearer " + access.token()) : request;
    }

    private static String key(CodeHostAccess access) {
        return access.project().substring(0, access.project().indexOf('/'));
    }

    private static String slug(CodeHostAccess access) {
        return access.project().substring(access.project().indexOf('/') + 1);
    }

    private static String repo(CodeHostAccess access) {
        return "/projects/" + encode(key(access)) + "/repos/" + encode(slug(access));
    }

    @Override
    public Optional<String> reviewer(CodeHostAccess access, String username) {
        var answer = api.get(access, "/users/" + encode(username), r -> auth(r, access), "look up the reviewer");
        if (answer.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(answer.body2xx().path("name").asString(username));
    }

    @Override
    public Optional<Opened> findOpen(CodeHostAccess access, String head, String base) {
        JsonNode page = api.get(access, repo(access) + "/pull-requests?state=OPEN&direction=OUTGOING&at="
                + encode("refs/heads/" + head) + "&limit=100", r -> auth(r, access), "list open pull requests").body2xx();
        JsonNode values = page.path("values");
        for (int i = 0; i < values.size(); i++) {
            if (("refs/heads/" + base).equals(values.get(i).path("toRef").path("id").asString(""))) {
                return Optional.of(opened(values.get(i)));
            }
        }
        return Optional.empty();
    }

    @Override
    public Opened open(CodeHostAccess access, Draft draft) {
        var body = api.json.createObjectNode().put("title", draft.title()).put("description", draft.body());
        ref(body.putObject("fromRef"), draft.head(), access);
        ref(body.putObject("toRef"), draft.base(), access);
        var reviewers = body.putArray("reviewers");
        if (draft.reviewer() != null) {
            reviewers.addObject().putObject("user").put("name", draft.reviewer());
        }
        return opened(api.post(access, repo(access) + "/pull-requests", r -> auth(r, access),
                "open a pull request", body).body2xx());
    }

    private static void ref(ObjectNode ref, String branch, CodeHostAccess access) {
        ref.put("id", "refs/heads/" + branch);
        var repository = ref.putObject("repository");
        repository.put("slug", slug(access));
        repository.putObject("project").put("key", key(access));
    }

    @Override
    public Opened read(CodeHostAccess access, long number) {
        return opened(api.get(access, repo(access) + "/pull-requests/" + number, r -> auth(r, access),
                "read the pull request").body2xx());
    }

    private static Opened opened(JsonNode pull) {
        if (!pull.path("id").isNumber()) {
            throw new CodeHostException("Bitbucket's answer names no pull request", null);
        }
        PullRequestState state = switch (pull.path("state").asString("")) {
            case "MERGED" -> PullRequestState.MERGED;
            case "OPEN" -> PullRequestState.OPEN;
            default -> PullRequestState.CLOSED;
        };
        JsonNode self = pull.path("links").path("self");
        return new Opened(pull.path("id").asLong(), self.size() > 0 ? self.get(0).path("href").asString(null) : null, state);
    }
}
