package dev.verdict.publishing.host;

import dev.verdict.publishing.CodeHostException;
import dev.verdict.publishing.PullRequestProperties;
import dev.verdict.repository.CodeHostAccess;
import dev.verdict.shared.HttpAnswer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * One JSON call to a host API with java.net.http (no redirects followed: a token is not handed to
 * another host) and Jackson. The adapters read the status of an {@link Answer} themselves where a
 * 404 means "no such user"; {@link Answer#ok} turns every other failure into a
 * {@link CodeHostException} a person can act on, which never holds the token.
 */
@Component
public class HostApi {

    private final HttpClient http;
    private final Duration requestTimeout;
    private final Clock clock;
    final JsonMapper json = JsonMapper.builder().build();

    public HostApi(PullRequestProperties properties, Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(properties.getConnectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = properties.getRequestTimeout();
        this.clock = clock;
    }

    /** An answer: its status, its JSON body (missing when empty or not JSON) and the wait a 429 asked for. */
    record Answer(CodeHostAccess access, int status, JsonNode body, Duration retryAfter, String what) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body of a 2xx answer, else the failure in words: token refused, project missing, slow down, host error. */
        JsonNode body2xx() {
            if (ok()) {
                return body;
            }
            String host = access.kind().label();
            HttpAnswer.Outcome outcome = HttpAnswer.Outcome.of(status);
            String message = switch (outcome) {
                case UNAUTHORIZED -> host + " refused the API token (401) while trying to " + what
                        + ": check the token set for this repository";
                case FORBIDDEN -> host + " does not let this token " + what + " (403): check the token's scopes";
                case NOT_FOUND -> host + " has no project " + access.project() + " at " + access.apiBase()
                        + " (404), or the token cannot see it";
                case TOO_MANY_REQUESTS -> host + " asked Verdict to slow down (429) while trying to " + what;
                default -> host + " answered " + status + " while trying to " + what + snippet(body);
            };
            // A 403 with Retry-After is a rate limit too (GitHub's secondary limits).
            throw new CodeHostException(message, outcome == HttpAnswer.Outcome.TOO_MANY_REQUESTS
                    || outcome == HttpAnswer.Outcome.FORBIDDEN ? retryAfter : null);
        }
    }

    Answer get(CodeHostAccess access, String path, UnaryOperator<HttpRequest.Builder> auth, String what) {
        return send(access, path, auth, what, HttpRequest.BodyPublishers.noBody(), "GET");
    }

    Answer post(CodeHostAccess access, String path, UnaryOperator<HttpRequest.Builder> auth, String what, JsonNode body) {
        return send(access, path, auth, what, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body),
                StandardCharsets.UTF_8), "POST");
    }

    private Answer send(CodeHostAccess access, String path, UnaryOperator<HttpRequest.Builder> auth, String what,
                        HttpRequest.BodyPublisher body, String method) {
        URI uri = URI.create(access.apiBase().toString().replaceAll("/+$", "") + path);
        try {
            var request = auth.apply(HttpRequest.newBuilder(uri).timeout(requestTimeout)
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Verdict"))
                    .method(method, body).build();
            HttpAnswer answer = HttpAnswer.of(http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)),
                    clock.instant());
            return new Answer(access, answer.status(), parse(answer.body()), answer.retryAfter(), what);
        } catch (IOException e) {
            throw new CodeHostException("Could not reach " + access.kind().label() + " at " + uri.getHost()
                    + " to " + what + ": " + e.getClass().getSimpleName(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CodeHostException("Interrupted while trying to " + what, null);
        } catch (IllegalArgumentException e) {
            throw new CodeHostException("The API URL " + access.apiBase() + " is not a valid http(s) URL", null);
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (JacksonException notJson) {
            return json.getNodeFactory().stringNode(body);
        }
    }

    /** The start of an error body (hosts name the problem there: "Validation Failed", "message"), on one line. */
    private static String snippet(JsonNode body) {
        if (body == null || body.isMissingNode()) {
            return "";
        }
        return HttpAnswer.excerpt(body.isString() ? body.asString() : body.toString(), 200);
    }

    /** A path segment or query value, percent-encoded (RFC 3986). */
    static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
