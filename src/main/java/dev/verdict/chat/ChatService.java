package dev.verdict.chat;

import dev.verdict.identity.CurrentUser;
import dev.verdict.repository.RepositoryService;
import dev.verdict.repository.RepositorySummary;
import dev.verdict.repository.SecretBox;
import dev.verdict.shared.AuditLog;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Chat webhooks (admins only): the global ones from configuration, a connected repository's own
 * (added here, the URL sealed and never shown again, only its host), and the latest deliveries
 * with their errors.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ChatService {

    /** How many deliveries the admin page lists, newest first. */
    public static final int LATEST_DELIVERIES = 50;

    private final ChatWebhooks webhooks;
    private final ChatDeliveries deliveries;
    private final Webhooks targets;
    private final ChatProperties properties;
    private final RepositoryService repositories;
    private final SecretBox secrets;
    private final AuditLog audit;
    private final Clock clock;

    ChatService(ChatWebhooks webhooks, ChatDeliveries deliveries, Webhooks targets, ChatProperties properties,
                RepositoryService repositories, SecretBox secrets, AuditLog audit, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.targets = targets;
        this.properties = properties;
        this.repositories = repositories;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every webhook: the global ones first, then each repository's. */
    public List<WebhookSummary> webhooks() {
        requireAdmin();
        var names = repositories.names();
        var all = new ArrayList<WebhookSummary>();
        properties.getWebhooks().stream().filter(w -> w.getKind() != null && w.getUrl() != null && !w.getUrl().isBlank())
                .forEach(w -> all.add(new WebhookSummary(null, w.getKind(), null, Webhooks.host(w.getUrl()))));
        webhooks.findAllByOrderByCreatedAt().forEach(w -> all.add(new WebhookSummary(w.id(), w.kind(),
                names.getOrDefault(w.repositoryId(), "(disconnected)"), w.host())));
        return all;
    }

    /** The connected repositories a webhook can be added to. */
    public List<RepositorySummary> repositories() {
        requireAdmin();
        return repositories.list();
    }

    /** Adds a repository's webhook; its URL is sealed at once and never shown again. */
    @Transactional
    public UUID add(@Valid NewWebhook request) {
        requireAdmin();
        String name = repositories.nameOf(request.repositoryId());
        String url = request.url().strip();
        String host = Webhooks.host(url);
        var webhook = new ChatWebhook(request.repositoryId(), request.kind(), secrets.seal(url), host,
                CurrentUser.username(), clock.instant());
        webhooks.save(webhook);
        // The kind and host; never the URL, which carries the token.
        audit.record(null, "chat webhook added", name, null, request.kind().label() + " at " + host);
        return webhook.id();
    }

    /** Removes a repository's webhook; messages still owed to it are given up. */
    @Transactional
    public void remove(UUID webhookId) {
        requireAdmin();
        webhooks.findById(webhookId).ifPresent(w -> {
            webhooks.delete(w);
            audit.record(null, "chat webhook removed", repositories.names().getOrDefault(w.repositoryId(), "(disconnected)"),
                    w.kind().label() + " at " + w.host(), null);
        });
    }

    /** The latest deliveries, newest first ({@link #LATEST_DELIVERIES}), with their last error. */
    public List<DeliveryStatus> deliveries() {
        requireAdmin();
        return deliveries.findAllByOrderByCreatedAtDesc(Limit.of(LATEST_DELIVERIES)).stream().map(d -> {
            DeliveryStatus.State state = d.deliveredAt() != null ? DeliveryStatus.State.DELIVERED
                    : d.failedAt() != null ? DeliveryStatus.State.FAILED : DeliveryStatus.State.WAITING;
            var at = switch (state) {
                case DELIVERED -> d.deliveredAt();
                case FAILED -> d.failedAt();
                case WAITING -> d.nextAttemptAt();
            };
            return new DeliveryStatus(targets.describe(d.webhook()), d.kind(), d.subject(), state, d.attempts(), at,
                    state == DeliveryStatus.State.DELIVERED ? null : d.lastError());
        }).toList();
    }

    private static void requireAdmin() {
        CurrentUser.requireAdmin("Only an admin configures chat webhooks");
    }
}
