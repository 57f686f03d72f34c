package dev.verdict.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code verdict.chat.*}: the global webhooks, told about every review
 * ({@code verdict.chat.webhooks[0].kind=slack|teams|mattermost}, {@code .url=https://...}), and the
 * retry schedule: the first retry after {@code first-retry} (30 s), then twice as long each time
 * up to {@code max-retry} (15 min); a message still undelivered {@code give-up-after} (24 h) after
 * its event is marked failed. Each HTTP call connects within {@code connect-timeout} (5 s) and is
 * answered within {@code request-timeout} (10 s).
 */
@ConfigurationProperties("verdict.chat")
public class ChatProperties {

    /** A webhook told about every review. The URL is a secret (it carries the token): keep it in the environment. */
    public static class Webhook {
        private WebhookKind kind;
        private String url;

        public Webhook() {
        }

        public Webhook(WebhookKind kind, String url) {
            this.kind = kind;
            this.url = url;
        }

        public WebhookKind getKind() { return kind; }
        public void setKind(WebhookKind kind) { this.kind = kind; }
        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }

        @Override
        public String toString() {
            return "Webhook[" + kind + ", url hidden]";
        }
    }

    private List<Webhook> webhooks = new ArrayList<>();
    private Duration firstRetry = Duration.ofSeconds(30);
    private Duration maxRetry = Duration.ofMinutes(15);
    private Duration giveUpAfter = Duration.ofHours(24);
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(10);

    public List<Webhook> getWebhooks() { return webhooks; }
    public void setWebhooks(List<Webhook> webhooks) { this.webhooks = webhooks; }
    public Duration getFirstRetry() { return firstRetry; }
    public void setFirstRetry(Duration firstRetry) { this.firstRetry = firstRetry; }
    public Duration getMaxRetry() { return maxRetry; }
    public void setMaxRetry(Duration maxRetry) { this.maxRetry = maxRetry; }
    public Duration getGiveUpAfter() { return giveUpAfter; }
    public void setGiveUpAfter(Duration giveUpAfter) { this.giveUpAfter = giveUpAfter; }
    public Duration getConnectTimeout() { return connectTimeout; }
    public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }
    public Duration getRequestTimeout() { return requestTimeout; }
    public void setRequestTimeout(Duration requestTimeout) { this.requestTimeout = requestTimeout; }
}
