package dev.verdict.publishing.host;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.verdict.publishing.CodeHost;
import dev.verdict.publishing.CodeHostException;
import dev.verdict.publishing.PullRequestProperties;
import dev.verdict.repository.CodeHostAccess;
import dev.verdict.repository.CodeHostKind;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every host adapter must do when the host fails, against a WireMock stub of its API: a
 * refused token, a missing project, a 429 with {@code Retry-After}, a host that is down. Each
 * subclass adds the API's own requests and answers, as its documentation shows them.
 */
abstract class HostApiContract {

    static final String TOKEN = "tok-3f9c-never-shown";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    static WireMockServer server;

    final HostApi api = new HostApi(properties(), CLOCK);

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    abstract CodeHost host();

    abstract CodeHostKind kind();

    /** The API's path on the stub, e.g. "/api/v4" ("" for GitHub's own API host). */
    abstract String apiPath();

    abstract String project();

    /** The path the look-up for an open pull request asks. */
    abstract String listPath();

    CodeHostAccess access() {
        return new CodeHostAccess(kind(), URI.create(server.baseUrl() + apiPath()), project(), TOKEN);
    }

    private static PullRequestProperties properties() {
        var properties = new PullRequestProperties();
        properties.setConnectTimeout(Duration.ofSeconds(2));
        properties.setRequestTimeout(Duration.ofSeconds(5));
        return properties;
    }

    private CodeHostException failureOfFind() {
        return catchThrowableOfType(CodeHostException.class,
                () -> host().findOpen(access(), "design-review/cache-pages-1a2b3c4d", "main"));
    }

    @Test
    void a_refused_token_says_to_check_the_token_and_never_shows_it() {
        server.stubFor(get(urlPathEqualTo(listPath())).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Bad credentials\"}")));
        var failure = failureOfFind();
        assertThat(failure.getMessage()).contains(kind().label() + " refused the API token (401)")
                .contains("check the token").doesNotContain(TOKEN);
        assertThat(failure.retryAfter()).isNull();
    }

    @Test
    void a_missing_project_is_named_in_the_failure() {
        server.stubFor(get(urlPathEqualTo(listPath())).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Not Found\"}")));
        assertThat(failureOfFind().getMessage()).contains("has no project " + project()).contains("(404)");
    }

    @Test
    void too_many_requests_waits_as_long_as_retry_after_asks() {
        server.stubFor(get(urlPathEqualTo(listPath())).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
        var failure = failureOfFind();
        assertThat(failure.getMessage()).contains("slow down (429)");
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void a_host_that_is_down_is_reported_as_unreachable() throws Exception {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var down = new CodeHostAccess(kind(), URI.create("http://127.0.0.1:" + closed + apiPath()), project(), TOKEN);
        var failure = catchThrowableOfType(CodeHostException.class, () -> host().findOpen(down, "design-review/x", "main"));
        assertThat(failure.getMessage()).startsWith("Could not reach " + kind().label() + " at 127.0.0.1").doesNotContain(TOKEN);
    }

    @Test
    void a_server_error_names_the_status_and_what_verdict_tried() {
        server.stubFor(get(urlPathEqualTo(listPath())).willReturn(aResponse().withStatus(503).withBody("maintenance")));
        assertThat(failureOfFind().getMessage()).contains("answered 503 while trying to list open").contains("maintenance");
    }
}
