package dev.verdict.shared;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * An answer from another system's HTTP API (a code host, an issue tracker, a chat webhook), read the
 * way every outbound client here reads it: what its status means ({@link Outcome}), the wait it asked
 * for in {@code Retry-After}, whether it is a rate limit, and the start of its body for a message.
 * Each client turns the outcome into its own failure, in its own words; this only reads the answer.
 *
 * @param status     the HTTP status code
 * @param body       the body as text; null or blank when there was none
 * @param retryAfter the wait asked for in {@code Retry-After} ({@link #retryAfter(String, Instant)}),
 *                   never negative; null when absent or unreadable
 * @param quotaSpent {@code X-RateLimit-Remaining: 0}: GitHub's sign that the token's
 *                   request quota is used up until {@code X-RateLimit-Reset}
 */
public record HttpAnswer(int status, String body, Duration retryAfter, boolean quotaSpent) {

    /** The longest wait a {@code Retry-After} is taken at: a host asking for more is asked again after a day. */
    public static final Duration LONGEST_WAIT = Duration.ofDays(1);


    /** What a status asks of the client (RFC 9110 section 15), as far as the clients here tell them apart. */
    public enum Outcome {
        /** 2xx: done. */
        SUCCESS,
        /** 401: the credentials (a token) are missing, wrong or expired. */
        UNAUTHORIZED,
        /** 403: understood and refused, mostly a token without the rights (or a rate limit, see {@link #rateLimited}). */
        FORBIDDEN,
        /** 404: no such resource, or none the credentials may see. */
        NOT_FOUND,
        /** 429: slow down (RFC 6585 section 4), for {@code Retry-After} where given. */
        TOO_MANY_REQUESTS,
        /** Any other 4xx: the request itself was refused; sending it again unchanged will not help. */
        CLIENT_ERROR,
        /** 5xx, or a status these clients never ask for (1xx; 3xx, as no redirect is followed): may pass. */
        OTHER;

        public static Outcome of(int status) {
            if (status >= 200 && status < 300) {
                return SUCCESS;
            }
            return switch (status) {
                case 401 -> UNAUTHORIZED;
                case 403 -> FORBIDDEN;
                case 404 -> NOT_FOUND;
                case 429 -> TOO_MANY_REQUESTS;
                default -> status >= 400 && status < 500 ? CLIENT_ERROR : OTHER;
            };
        }
    }

    /** Reads a response whose body was read as a string; {@code now} is when the answer came (for an HTTP-date). */
    public static HttpAnswer of(HttpResponse<String> response, Instant now) {
        return of(response.statusCode(), response.headers(), response.body(), now);
    }

    /** Reads a status, headers and body; {@code now} is when the answer came (for an HTTP-date). */
    public static HttpAnswer of(int status, HttpHeaders headers, String body, Instant now) {
        return new HttpAnswer(status, body, headers.firstValue("Retry-After").map(v -> retryAfter(v, now)).orElse(null),
                headers.firstValue("X-RateLimit-Remaining").map(String::strip).filter("0"::equals).isPresent());
    }

    public Outcome outcome() {
        return Outcome.of(status);
    }

    /**
     * Asked to slow down: a 429, or a 403 that carries {@code Retry-After} or a spent quota (GitHub
     * answers its rate limits with either status).
     */
    public boolean rateLimited() {
        return status == 429 || (status == 403 && (retryAfter != null || quotaSpent));
    }

    /**
     * A {@code Retry-After} value (RFC 9110 section 10.2.3): delay-seconds ("120") or an HTTP-date in
     * the preferred IMF-fixdate form ("Sun, 06 Nov 1994 08:49:37 GMT"), as the wait from {@code now};
     * a negative delay or a date already past waits zero, and a wait longer than {@link #LONGEST_WAIT}
     * (a day) is cut to it. Null when the value is neither (the obsolete
     * RFC 850 and asctime date forms included): the client falls back to its own backoff.
     */
    public static Duration retryAfter(String value, Instant now) {
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.min(LONGEST_WAIT.toSeconds(), Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration wait = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return wait.isNegative() ? Duration.ZERO : wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /**
     * The start of a body, as the tail of a message (remote systems name the problem there:
     * "invalid_token", GitHub's "message", Jira's "errors"): {@code ": "} and the body on one line,
     * cut after {@code max} characters with "…"; empty when the body is null or blank. The body may
     * echo what was sent: a client scrubs secrets from the result.
     */
    public static String excerpt(String body, int max) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String line = body.replaceAll("\\s+", " ").strip();
        return ": " + (line.length() > max ? line.substring(0, max) + "…" : line);
    }
}
