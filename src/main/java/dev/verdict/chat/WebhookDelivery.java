package dev.verdict.chat;

import dev.verdict.shared.HttpAnswer;
import dev.verdict.shared.OutboxDrain;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts the outbox's due messages, oldest first, one HTTP call each (java.net.http, connect and
 * request timeouts from {@link ChatProperties}), on a thread of its own: a slow or failing
 * chat never holds up a review or the live screens. A 2xx answer delivers. A 429 waits for its {@code Retry-After}
 * (seconds or an HTTP date; the backoff when absent). Any other 4xx gives up at once: the URL is
 * wrong or the webhook was deleted, and the admin sees why. A 5xx, a timeout or a refused
 * connection is retried after 30 s, doubling up to 15 min, and given up 24 h after the event.
 * Rows survive a restart, so it resumes where it stopped.
 * <p>
 * The URL is a secret: it is opened just for the call, and neither logs nor {@code last_error}
 * ever hold it (only the host).
 */
@Component
class WebhookDelivery {

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final int BATCH = 20;

    private final ChatDeliveries deliveries;
    private final Webhooks webhooks;
    private final ChatProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final HttpClient http;
    /** On one node at a time (ADR 27): two nodes reading the same due rows would post each message twice. */
    private final OutboxDrain poster;

    WebhookDelivery(ChatDeliveries deliveries, Webhooks webhooks, ChatProperties properties,
                    TransactionTemplate transactions, Clock clock, LockProvider locks) {
        this.poster = new OutboxDrain("verdict-chat", "chat-delivery", locks, clock);
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.getConnectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Hands the due messages to the poster's own thread, unless it is still at work: a chat that
     * answers slowly (up to the request timeout per message) never holds a thread of the shared
     * scheduler, which also pushes the live screens.
     */
    @Scheduled(fixedDelayString = "${verdict.chat.poll-millis:2000}", initialDelayString = "${verdict.chat.poll-millis:2000}")
    void deliverDue() {
        poster.drainSoon(this::drain);
    }

    private void drain() {
        try {
            for (ChatDelivery due : deliveries.findByDeliveredAtIsNullAndFailedAtIsNullAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(
                    clock.instant(), Limit.of(BATCH))) {
                attempt(due.id());
            }
        } catch (RuntimeException e) {
            log.warn("Delivering chat messages failed: {}", e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void stop() {
        poster.stop();
    }

    /** One attempt; the outcome is saved in its own transaction. */
    void attempt(UUID deliveryId) {
        ChatDelivery delivery = deliveries.findById(deliveryId).orElse(null);
        if (delivery == null || delivery.deliveredAt() != null || delivery.failedAt() != null) {
            return;
        }
        Optional<URI> url;
        try {
            url = webhooks.url(delivery.webhook());
        } catch (RuntimeException e) {
            record(deliveryId, Result.giveUp("The webhook's URL cannot be read (" + e.getMessage() + ")"));
            return;
        }
        if (url.isEmpty()) {
            record(deliveryId, Result.giveUp("The webhook was removed"));
            return;
        }
        record(deliveryId, post(url.get(), delivery));
    }

    private Result post(URI url, ChatDelivery delivery) {
        String host = url.getHost() == null ? "the webhook" : url.getHost();
        try {
            var request = HttpRequest.newBuilder(url).timeout(properties.getRequestTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8)).build();
            HttpAnswer answer = HttpAnswer.of(http.send(request, HttpResponse.BodyHandlers.ofString()), clock.instant());
            String said = "The webhook at " + host + " answered " + answer.status() + scrub(HttpAnswer.excerpt(answer.body(), 200), url);
            return switch (answer.outcome()) {
                case SUCCESS -> {
                    log.info("Chat message {} delivered to {} ({})", delivery.event(), host, delivery.kind().label());
                    yield Result.DELIVERED;
                }
                case TOO_MANY_REQUESTS -> Result.retry(said + " (too many requests)", answer.retryAfter());
                case UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CLIENT_ERROR ->
                        Result.giveUp(said + ": check the webhook's URL (it may have been deleted or revoked)");
                case OTHER -> Result.retry(said, null);
            };
        } catch (IOException e) {
            return Result.retry("Could not reach " + host + ": " + e.getClass().getSimpleName()
                    + scrub(e.getMessage() == null ? "" : " " + e.getMessage(), url), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.retry("Interrupted while posting to " + host, null);
        } catch (IllegalArgumentException e) {
            return Result.giveUp("The webhook's URL is not a valid http(s) URL");
        }
    }

    private void record(UUID deliveryId, Result result) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> deliveries.findById(deliveryId).ifPresent(d -> {
            if (result == Result.DELIVERED) {
                d.delivered(now);
            } else {
                Instant retryAt = result.giveUp() ? null : now.plus(result.after() != null ? result.after()
                        : OutboxDrain.backoff(d.attempts() + 1, properties.getFirstRetry(), properties.getMaxRetry()));
                d.failed(now, result.error(), retryAt, d.createdAt().plus(properties.getGiveUpAfter()));
                if (d.failedAt() != null) {
                    log.warn("Chat message {} given up after {} attempts: {}", d.event(), d.attempts(), d.lastError());
                } else {
                    log.info("Chat message {} not delivered (attempt {}), next at {}: {}", d.event(), d.attempts(),
                            d.nextAttemptAt(), d.lastError());
                }
            }
            deliveries.save(d);
        }));
    }

    private static String scrub(String text, URI url) {
        String path = url.getRawPath();
        String scrubbed = text.replace(url.toString(), url.getHost() == null ? "the webhook" : url.getHost());
        return path == null || path.length() < 2 ? scrubbed : scrubbed.replace(path, "/…");
    }

    /** How an attempt went: delivered, retry (after {@code wait}, or the backoff when null), or give up. */
    private record Result(String error, Duration after, boolean giveUp) {
        static final Result DELIVERED = new Result(null, null, false);

        static Result retry(String error, Duration after) {
            return new Result(error, after, false);
        }

        static Result giveUp(String error) {
            return new Result(error, null, true);
        }
    }
}
