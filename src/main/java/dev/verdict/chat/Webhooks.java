package dev.verdict.chat;

import dev.verdict.repository.SecretBox;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The webhooks a review's notices go to: every global one ({@code verdict.chat.webhooks}, keyed
 * {@code global:<fingerprint>}, the first 16 hex digits of the URL's SHA-256, so a queued delivery
 * still finds its webhook after the list is reordered and finds none once its URL is removed or
 * changed) and those of the repository its doc came from ({@code repository:<id>}).
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
        for (var global : configuredGlobals()) {
            targets.add(new Target(globalKey(global.getUrl()), global.getKind()));
        }
        if (repositoryId != null) {
            repositoryWebhooks.findByRepositoryId(repositoryId).forEach(w -> targets.add(new Target(w.key(), w.kind())));
        }
        return targets;
    }

    /** The URL to post to, opened for this delivery; empty when the webhook was removed since. */
    Optional<URI> url(String key) {
        if (key.startsWith("global:")) {
            return global(key).map(w -> URI.create(w.getUrl().strip()));
        }
        UUID id = UUID.fromString(key.substring("repository:".length()));
        return repositoryWebhooks.findById(id).map(w -> URI.create(secrets.open(w.sealedUrl())));
    }

    /** What the admin sees of a webhook: "global", or the repository's webhook, and the host. */
    String describe(String key) {
        if (key.startsWith("global:")) {
            return "global · " + global(key).map(w -> host(w.getUrl())).orElse("removed");
        }
        return repositoryWebhooks.findById(UUID.fromString(key.substring("repository:".length())))
                .map(w -> "repository · " + w.host()).orElse("repository · removed");
    }

    private List<ChatProperties.Webhook> configuredGlobals() {
        return properties.getWebhooks().stream()
                .filter(w -> w.getKind() != null && w.getUrl() != null && !w.getUrl().isBlank()).toList();
    }

    private Optional<ChatProperties.Webhook> global(String key) {
        return configuredGlobals().stream().filter(w -> globalKey(w.getUrl()).equals(key)).findFirst();
    }

    /** {@code global:} and the first 16 hex digits of the stripped URL's SHA-256: stable, and not the URL's secret path. */
    static String globalKey(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.strip().getBytes(StandardCharsets.UTF_8));
            return "global:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
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
