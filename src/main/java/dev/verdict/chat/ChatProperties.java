package dev.verdict.chat;

import dev.verdict.shared.OutboxProperties;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code verdict.chat.*}: the global webhooks, told about every review
 * ({@code verdict.chat.webhooks[0].kind=slack|teams|mattermost}, {@code .url=https://...}), and the
 * retry schedule and HTTP timeouts of their messages ({@link OutboxProperties}); a message is
 * given up {@code give-up-after} (24 h) after its event.
 */
@ConfigurationProperties("verdict.chat")
public class ChatProperties extends OutboxProperties {

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

    public List<Webhook> getWebhooks() { return webhooks; }
    public void setWebhooks(List<Webhook> webhooks) { this.webhooks = webhooks; }
}
