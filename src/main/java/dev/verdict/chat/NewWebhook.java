package dev.verdict.chat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A webhook for one connected repository, as the admin types it.
 *
 * @param url the incoming webhook's https URL as the chat product gives it (it carries the token)
 */
public record NewWebhook(
        @NotNull(message = "Pick a repository") UUID repositoryId,
        @NotNull(message = "Pick Slack, Microsoft Teams or Mattermost") WebhookKind kind,
        @NotBlank(message = "Paste the webhook's URL")
        @Size(max = MAX_URL, message = "A webhook URL has at most " + MAX_URL + " characters")
        @Pattern(regexp = "(?i)\\s*https?://[^\\s/?#]+[^\\s]*\\s*", message = "A webhook URL starts with https://")
        String url) {

    public static final int MAX_URL = 2000;
}
