package dev.verdict.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.shared.HttpAnswer.Outcome;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpAnswerTest {

    private static final Instant NOW = Instant.parse("1994-11-06T08:47:37Z");

    private static HttpAnswer answer(int status, String... headerPairs) {
        var headers = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], List.of(headerPairs[i + 1]));
        }
        return HttpAnswer.of(status, HttpHeaders.of(headers, (name, value) -> true), "", NOW);
    }

    @Test
    void retry_after_in_seconds_is_that_many_seconds() {
        assertThat(HttpAnswer.retryAfter("120", NOW)).isEqualTo(Duration.ofMinutes(2));
        assertThat(HttpAnswer.retryAfter(" 7 ", NOW)).isEqualTo(Duration.ofSeconds(7));
        assertThat(HttpAnswer.retryAfter("0", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void retry_after_as_an_http_date_is_the_wait_until_then_and_a_date_past_waits_nothing() {
        // RFC 9110 section 10.2.3's own example date.
        assertThat(HttpAnswer.retryAfter("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).isEqualTo(Duration.ofMinutes(2));
        assertThat(HttpAnswer.retryAfter("Sun, 06 Nov 1994 08:40:00 GMT", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void a_retry_after_that_is_neither_form_is_unreadable_and_leaves_the_wait_to_the_backoff() {
        assertThat(HttpAnswer.retryAfter("soon", NOW)).isNull();
        assertThat(HttpAnswer.retryAfter("", NOW)).isNull();
        assertThat(HttpAnswer.retryAfter("1.5", NOW)).isNull();
        assertThat(HttpAnswer.retryAfter("2026-03-02T09:00:00Z", NOW)).isNull();
        assertThat(answer(429, "Retry-After", "whenever").retryAfter()).isNull();
        assertThat(answer(429).retryAfter()).as("absent").isNull();
    }

    @Test
    void a_host_asking_to_wait_for_years_is_asked_again_after_a_day_instead_of_breaking_the_schedule() {
        assertThat(HttpAnswer.retryAfter("100000000000000000", NOW)).isEqualTo(HttpAnswer.LONGEST_WAIT);
        assertThat(HttpAnswer.retryAfter("Fri, 06 Nov 2099 08:49:37 GMT", NOW)).isEqualTo(Duration.ofDays(1));
        assertThat(NOW.plus(HttpAnswer.retryAfter("9223372036854775807", NOW))).isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void a_negative_delay_waits_nothing() {
        assertThat(HttpAnswer.retryAfter("-5", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void an_answer_carries_the_wait_its_retry_after_header_asked_for() {
        assertThat(answer(429, "Retry-After", "30").retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(answer(503, "retry-after", "Sun, 06 Nov 1994 08:48:37 GMT").retryAfter()).isEqualTo(Duration.ofMinutes(1));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"200, SUCCESS", "201, SUCCESS", "204, SUCCESS", "401, UNAUTHORIZED", "403, FORBIDDEN", "404, NOT_FOUND",
            "429, TOO_MANY_REQUESTS", "400, CLIENT_ERROR", "410, CLIENT_ERROR", "422, CLIENT_ERROR", "500, OTHER",
            "503, OTHER", "302, OTHER" /* no redirect is followed */})
    void each_status_means_what_rfc_9110_says(int status, Outcome outcome) {
        assertThat(Outcome.of(status)).isEqualTo(outcome);
    }

    @Test
    void a_429_or_a_403_with_a_wait_or_a_spent_quota_is_a_rate_limit_and_a_plain_403_is_not() {
        assertThat(answer(429).rateLimited()).isTrue();
        assertThat(answer(403, "Retry-After", "60").rateLimited()).isTrue();
        assertThat(answer(403, "X-RateLimit-Remaining", "0").rateLimited()).isTrue();
        assertThat(answer(403, "X-RateLimit-Remaining", "4999").rateLimited()).isFalse();
        assertThat(answer(403).rateLimited()).isFalse();
        assertThat(answer(503, "Retry-After", "60").rateLimited()).isFalse();
    }

    @Test
    void an_excerpt_is_the_start_of_the_body_on_one_line_cut_at_the_limit() {
        assertThat(HttpAnswer.excerpt("{\"message\":\n  \"Bad credentials\"}\n", 200)).isEqualTo(": {\"message\": \"Bad credentials\"}");
        assertThat(HttpAnswer.excerpt("x".repeat(250), 200)).isEqualTo(": " + "x".repeat(200) + "…");
        assertThat(HttpAnswer.excerpt("x".repeat(200), 200)).isEqualTo(": " + "x".repeat(200));
        assertThat(HttpAnswer.excerpt(" \n ", 200)).isEmpty();
        assertThat(HttpAnswer.excerpt(null, 200)).isEmpty();
    }
}
