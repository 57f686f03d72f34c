package dev.verdict.chat;

import dev.verdict.repository.SecretBox;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The webhooks a review's notices go to: every global one ({@code verdict.chat.webhooks}, keyed
 * {@code global:<index>}) and those of the repository its doc came from ({@code repository:<id>}).
 * Opens a webhook's URL only for the moment of a delivery; nothing else sees it.
 */
@Component
class Webhooks {

    /** A webhook as deliveries know it: its key and kind, never its URL. */
    record Target(String key, WebhookKind kind) {
    }

    private final ChatProperties properties;
    private final ChatWebhooks repositoryWebhooks;
    private final SecretBox secrets;

    Webhooks(ChatProperties properties, ChatWebhooks repositoryWebhooks, SecretBox secrets) {
        this.properties = properties;
        this.repositoryWebhooks = repositoryWebhooks;
        this.secrets = secrets;
    }

    /** The webhooks told about a review whose doc came from {@code repositoryId} (null: a pasted doc, globals only). */
    List<Target> of(UUID repositoryId) {
        var targets = new ArrayList<Target>();
        var globals = properties.getWebhooks();
        for (int i = 0; i < globals.size(); i++) {
            if (globals.get(i).getKind() != null && globals.get(i).getUrl() != null && !globals.get(i).getUrl().isBlank()) {
                targets.add(new Target("global:" + i, globals.get(i).getKind()));
            }
        }
        if (repositoryId != null) {
            repositoryWebhooks.findByRepositoryId(repositoryId).forEach(w -> targets.add(new Target(w.key(), w.kind())));
        }
        return targets;
    }

    /** The URL to post to, opened for this delivery; empty when the webhook was removed since. */
    Optional<URI> url(String key) {
        if (key.startsWith("global:")) {
            int index = Integer.parseInt(key.substring("global:".length()));
            var globals = properties.getWebhooks();
            return index < globals.size() ? Optional.of(URI.create(globals.get(index).getUrl().strip())) : Optional.empty();
        }
        UUID id = UUID.fromString(key.substring("repository:".length()));
        return repositoryWebhooks.findById(id).map(w -> URI.create(secrets.open(w.sealedUrl())));
    }

    /** What the admin sees of a webhook: "global", or the repository's webhook, and the host. */
    String describe(String key) {
        if (key.startsWith("global:")) {
            int index = Integer.parseInt(key.substring("global:".length()));
            var globals = properties.getWebhooks();
            return "global · " + (index < globals.size() ? host(globals.get(index).getUrl()) : "removed");
        }
        return repositoryWebhooks.findById(UUID.fromString(key.substring("repository:".length())))
                .map(w -> "repository · " + w.host()).orElse("repository · removed");
    }

    /** The host of a webhook URL, all the page and the logs may show of it. */
    static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? "unknown host" : host;
        } catch (IllegalArgumentException e) {
            return "unknown host";
        }
    }
}
