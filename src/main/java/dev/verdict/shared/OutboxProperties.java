package dev.verdict.shared;

import java.time.Duration;

/**
 * The settings every outbox that calls another system over HTTP shares, bound under its module's
 * prefix ({@code verdict.chat.*}, {@code verdict.tracker.*}): the first retry after
 * {@code first-retry} (30 s), then twice as long each time up to {@code max-retry} (15 min);
 * given up {@code give-up-after} (24 h) after it was owed; each call connects within
 * {@code connect-timeout} (5 s) and is answered within {@code request-timeout} (10 s).
 */
public class OutboxProperties {

    private Duration firstRetry = Duration.ofSeconds(30);
    private Duration maxRetry = Duration.ofMinutes(15);
    private Duration giveUpAfter = Duration.ofHours(24);
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(10);

    public Duration getFirstRetry() { return firstRetry; }
    public void setFirstRetry(Duration firstRetry) { this.firstRetry = firstRetry; }
    public Duration getMaxRetry() { return maxRetry; }
    public void setMaxRetry(Duration maxRetry) { this.maxRetry = maxRetry; }
    public Duration getGiveUpAfter() { return giveUpAfter; }
    public void setGiveUpAfter(Duration giveUpAfter) { this.giveUpAfter = giveUpAfter; }
    public Duration getConnectTimeout() { return connectTimeout; }
    public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }
    public Duration getRequestTimeout() { return requestTimeout; }
    public void setRequestTimeout(Duration requestTimeout) { this.requestTimeout = requestTimeout; }
}
