package dev.verdict.chat;

import java.util.UUID;

/**
 * A webhook as the admin sees it: where it is configured and its host, never its URL.
 *
 * @param id         the repository webhook's id; null for a global one (configured, not removable here)
 * @param repository the connected repository's name; null for a global webhook
 */
public record WebhookSummary(UUID id, WebhookKind kind, String repository, String host) {

    public boolean global() {
        return id == null;
    }
}
