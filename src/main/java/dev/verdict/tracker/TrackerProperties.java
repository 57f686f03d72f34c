package dev.verdict.tracker;

import dev.verdict.shared.OutboxProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code verdict.tracker.*}: the retry schedule of follow-up tickets and each HTTP call's timeouts
 * ({@link OutboxProperties}); a ticket is given up {@code give-up-after} (24 h) after the decision
 * was published or after a manual retry.
 */
@ConfigurationProperties("verdict.tracker")
public class TrackerProperties extends OutboxProperties {
}
