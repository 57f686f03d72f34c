package dev.verdict.tracker;

import dev.verdict.shared.HttpAnswer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * JSON over HTTP to one tracker (java.net.http and Jackson), turning its answers into what the
 * outbox does next. A 2xx answers. A 429, or a 403 that carries {@code Retry-After} or an exhausted
 * {@code X-RateLimit-Remaining} (GitHub's rate limits), is retried after the wait asked for
 * (RFC 9110 10.2.3: delay-seconds or an HTTP date). 401, 403 and 404 are given up with what to fix;
 * any other 4xx (the tracker refused the fields) is given up with the start of its answer. A 5xx,
 * a timeout or a refused connection is retried with the backoff. The token travels in a header
 * only and is scrubbed from every message.
 */
final class TrackerHttp {

    static final JsonMapper JSON = JsonMapper.shared();

    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;
    private final String base;
    private final String tracker;
    private final String project;
    private final String token;
    private final Map<String, String> headers = new LinkedHashMap<>();

    /**
     * @param base    the base URL as the admin typed it, without a trailing slash
     * @param tracker the tracker's label and host for messages: "GitHub Issues at api.github.com"
     */
    TrackerHttp(HttpClient http, Duration timeout, Clock clock, String base, String tracker, String project, String token) {
        this.http = http;
        this.timeout = timeout;
        this.clock = clock;
        this.base = base.strip().replaceAll("/+$", "");
        this.tracker = tracker;
        this.project = project;
        this.token = token;
    }

    TrackerHttp header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    String base() {
        return base;
    }

    String tracker() {
        return tracker;
    }

    JsonNode get(String path) throws TrackerFailure {
        return send("GET", path, null, false).orElseThrow();
    }

    /** A GET whose 404 means "no such thing" (a user), not a broken configuration. */
    Optional<JsonNode> getIfFound(String path) throws TrackerFailure {
        return send("GET", path, null, true);
    }

    JsonNode post(String path, JsonNode body) throws TrackerFailure {
        return send("POST", path, body, false).orElseThrow();
    }

    private Optional<JsonNode> send(String method, String path, JsonNode body, boolean absentOk) throws TrackerFailure {
        HttpResponse<String> response;
        try {
            var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                    .header("Accept", "application/json").header("User-Agent", "Verdict");
            headers.forEach(request::setHeader);
            if (body != null) {
                request.header("Content-Type", "application/json; charset=utf-8")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw TrackerFailure.retry("Could not reach " + tracker + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + scrub(e.getMessage())), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TrackerFailure.retry("Interrupted while calling " + tracker, null);
        } catch (IllegalArgumentException e) {
            throw TrackerFailure.giveUp("The base URL of " + tracker + " is not a valid http(s) URL");
        }
        HttpAnswer answer = HttpAnswer.of(response, clock.instant());
        int status = answer.status();
        HttpAnswer.Outcome outcome = answer.outcome();
        if (outcome == HttpAnswer.Outcome.SUCCESS) {
            try {
                String text = answer.body();
                return Optional.of(text == null || text.isBlank() ? NullNode.getInstance() : JSON.readTree(text));
            } catch (JacksonException e) {
                throw TrackerFailure.retry(tracker + " answered " + status + " with something that is not JSON"
                        + " (is the base URL the API's?)", null);
            }
        }
        if (outcome == HttpAnswer.Outcome.NOT_FOUND && absentOk) {
            return Optional.empty();
        }
        String said = tracker + " answered " + status;
        if (answer.rateLimited()) {
            throw TrackerFailure.retry(said + " (too many requests)",
                    answer.retryAfter() != null ? answer.retryAfter() : rateLimitReset(response));
        }
        throw switch (outcome) {
            case UNAUTHORIZED -> TrackerFailure.giveUp(tracker + " refused the token (401): check that it is valid,"
                    + " not expired, and has the access the Trackers page names, then retry");
            case FORBIDDEN -> TrackerFailure.giveUp(said + ": the token may not create issues in " + project + snippet(answer.body()));
            case NOT_FOUND -> TrackerFailure.giveUp(said + ": there is no project " + project + " there, or the token cannot see it");
            case CLIENT_ERROR -> TrackerFailure.giveUp(said + snippet(answer.body()));
            default -> TrackerFailure.retry(said + snippet(answer.body()), null);
        };
    }

    /** GitHub's {@code X-RateLimit-Reset}: the epoch second the limit resets; null when absent. */
    private Duration rateLimitReset(HttpResponse<?> response) {
        return response.headers().firstValue("X-RateLimit-Reset").map(String::strip).map(value -> {
            try {
                Duration wait = Duration.ofSeconds(Long.parseLong(value) - clock.instant().getEpochSecond());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (NumberFormatException unreadable) {
                return null;
            }
        }).orElse(null);
    }

    /** The start of the answer, which names the problem (Jira's "errors", GitHub's "message"). */
    private String snippet(String body) {
        return scrub(HttpAnswer.excerpt(body, 300));
    }

    private String scrub(String text) {
        return token == null || token.isEmpty() ? text : text.replace(token, "…");
    }
}
