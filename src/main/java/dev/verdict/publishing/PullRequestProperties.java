package dev.verdict.publishing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Pull requests opened through the host's API (ADR 26): how often an open pull request's state is
 * read again ({@code poll-interval}, 5 min; also whenever its publication page is opened), and the
 * API calls' connect and request timeouts (5 s, 10 s).
 */
@ConfigurationProperties("verdict.pull-requests")
public class PullRequestProperties {

    private Duration pollInterval = Duration.ofMinutes(5);
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(10);

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }
}
