package dev.verdict.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.AsUser;
import dev.verdict.TestData;
import dev.verdict.TestDocs;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Prometheus scrapes {@code /actuator/prometheus} over real HTTP: only with the scrape credential,
 * and what it reads moves with what people do (issue 17, O2; the alert rules read these names).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "verdict.metrics.scrape-password=scrape-secret-7")
class MetricsScrapeIT {

    private static final String METRICS = "/actuator/prometheus";

    @LocalServerPort
    int port;
    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        TestData.register(registry);
    }

    @Test
    void metrics_are_refused_without_the_scrape_credential_even_to_a_person_who_can_sign_in() throws Exception {
        var anonymous = get(METRICS, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(get(METRICS, "prometheus:wrong").statusCode()).isEqualTo(401);
        assertThat(get(METRICS, "mia:demo").statusCode()).as("a person's password is not the scrape credential").isEqualTo(401);
        assertThat(get(METRICS, null).body()).doesNotContain("verdict_");
    }

    @Test
    void a_scraper_reads_screens_meetings_fan_out_publishing_and_sign_in_failures() throws Exception {
        var scrape = get(METRICS, "prometheus:scrape-secret-7");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("verdict_screens_open ", "verdict_reviews_in_progress ",
                "verdict_room_fanout_seconds_bucket{le=\"0.1\"}", "verdict_room_fanout_seconds_bucket{le=\"0.25\"}",
                "verdict_publish_pending ", "verdict_publish_needs_attention ",
                "verdict_publish_seconds_count{outcome=\"published\"}", "verdict_publish_seconds_count{outcome=\"failed\"}",
                "verdict_signin_failures_total{reason=\"password\"}", "verdict_signin_failures_total{reason=\"throttled\"}")
                .doesNotContain("scrape-secret-7");
    }

    @Test
    void a_started_meeting_and_a_wrong_password_show_in_the_next_scrape() throws Exception {
        double running = value(scrape(), "verdict_reviews_in_progress");
        double failures = value(scrape(), "verdict_signin_failures_total{reason=\"password\"}")
                + value(scrape(), "verdict_signin_failures_total{reason=\"throttled\"}");
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("Metrics " + UUID.randomUUID(), TestDocs.READY,
                Set.of("alice"), Set.of(), 30)));
        AsUser.run("mia", () -> meetings.start(review));
        signIn("nobody-" + UUID.randomUUID().toString().substring(0, 6), "wrong");

        String after = scrape();
        assertThat(value(after, "verdict_reviews_in_progress")).isEqualTo(running + 1);
        assertThat(value(after, "verdict_signin_failures_total{reason=\"password\"}")
                + value(after, "verdict_signin_failures_total{reason=\"throttled\"}")).isEqualTo(failures + 1);
    }

    @Test
    void every_verdict_metric_the_alert_rules_and_the_dashboard_query_is_in_a_real_scrape() throws Exception {
        get("/actuator/health", null); // at least one request timed before the scrape
        String body = scrape();
        assertThat(body).as("histograms only, as the README says: percentiles come from histogram_quantile")
                .doesNotContain("verdict_room_fanout_seconds{quantile=");
        var series = new java.util.TreeSet<String>();
        body.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .forEach(line -> series.add(line.split("[{ ]", 2)[0]));
        var scraped = new java.util.TreeSet<String>();
        series.forEach(name -> scraped.add(ObservabilityDocs.baseName(name)));
        assertThat(scraped).as("what docs/observability queries")
                .containsAll(ObservabilityDocs.verdictMetricsQueried())
                .containsAll(ObservabilityDocs.VERDICT_METRICS);
        assertThat(series).as("the standard meters the alerts and the dashboard read")
                .contains("jvm_memory_used_bytes", "jvm_memory_max_bytes", "hikaricp_connections_pending",
                        "hikaricp_connections_active", "hikaricp_connections_idle", "hikaricp_connections_max",
                        "http_server_requests_seconds_count", "process_cpu_usage");
        assertThat(scraped.stream().filter(name -> name.startsWith("verdict_")))
                .as("a new Verdict metric belongs in ObservabilityDocs.VERDICT_METRICS, the dashboard and perhaps an alert")
                .allMatch(ObservabilityDocs.VERDICT_METRICS::contains);
    }

    private String scrape() throws Exception {
        return get(METRICS, "prometheus:scrape-secret-7").body();
    }

    /** The sample's value in Prometheus' text format ({@code name{labels} value}). */
    private static double value(String body, String series) {
        var line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(body);
        assertThat(line.find()).as(series + " in the scrape").isTrue();
        return Double.parseDouble(line.group(1));
    }

    private HttpResponse<String> get(String path, String basic) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (basic != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String username, String password) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        var form = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        var csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(form.body());
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + password
                + (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
        client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
    }
}
