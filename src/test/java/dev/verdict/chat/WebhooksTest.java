package dev.verdict.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhooksTest {

    private static final String SLACK = "https://hooks.slack.com/services/T000/B000/secret-token";
    private static final String TEAMS = "https://example.webhook.office.com/webhookb2/another-secret";

    private final ChatProperties properties = new ChatProperties();
    private final Webhooks webhooks = new Webhooks(properties, null, null);

    @Test
    void a_queued_delivery_still_reaches_its_webhook_after_the_global_list_is_reordered() {
        properties.setWebhooks(new ArrayList<>(List.of(new ChatProperties.Webhook(WebhookKind.SLACK, SLACK),
                new ChatProperties.Webhook(WebhookKind.TEAMS, TEAMS))));
        String teamsKey = webhooks.of(null).get(1).key();

        properties.setWebhooks(new ArrayList<>(List.of(new ChatProperties.Webhook(WebhookKind.TEAMS, TEAMS),
                new ChatProperties.Webhook(WebhookKind.SLACK, SLACK))));

        assertThat(webhooks.url(teamsKey)).contains(URI.create(TEAMS));
        assertThat(webhooks.describe(teamsKey)).isEqualTo("global · example.webhook.office.com");
    }

    @Test
    void a_queued_delivery_to_a_global_webhook_removed_since_goes_nowhere_and_says_so() {
        properties.setWebhooks(new ArrayList<>(List.of(new ChatProperties.Webhook(WebhookKind.SLACK, SLACK),
                new ChatProperties.Webhook(WebhookKind.TEAMS, TEAMS))));
        String slackKey = webhooks.of(null).getFirst().key();

        properties.setWebhooks(new ArrayList<>(List.of(new ChatProperties.Webhook(WebhookKind.TEAMS, TEAMS))));

        assertThat(webhooks.url(slackKey)).isEmpty();
        assertThat(webhooks.describe(slackKey)).isEqualTo("global · removed");
    }

    @Test
    void the_key_kept_with_a_delivery_does_not_carry_the_webhooks_secret() {
        properties.setWebhooks(new ArrayList<>(List.of(new ChatProperties.Webhook(WebhookKind.SLACK, SLACK))));

        String key = webhooks.of(null).getFirst().key();

        assertThat(key).matches("global:[0-9a-f]{16}").doesNotContain("secret");
    }
}
