package dev.verdict.cluster;

import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code verdict.cluster.*}: how the nodes sharing one PostgreSQL database tell each other about
 * committed changes (ADR 27).
 *
 * @param enabled        relay changes between nodes (on in the postgres profile; the embedded H2
 *                       database runs a single node and needs nothing)
 * @param channel        the PostgreSQL notification channel every node of one installation uses
 *                       (an identifier: lower-case letters, digits and underscores)
 * @param nodeId         this node's id, so it skips its own notifications; random per start when empty
 * @param reconnectDelay how long to wait before listening again after the listening connection failed
 */
@ConfigurationProperties("verdict.cluster")
public record ClusterProperties(@DefaultValue("false") boolean enabled,
                                @DefaultValue("verdict_changes") String channel,
                                @DefaultValue("") String nodeId,
                                @DefaultValue("2s") Duration reconnectDelay) {

    public ClusterProperties {
        if (!channel.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("verdict.cluster.channel must be a lower-case identifier, not " + channel);
        }
        if (nodeId.isBlank()) {
            nodeId = UUID.randomUUID().toString();
        }
    }
}
