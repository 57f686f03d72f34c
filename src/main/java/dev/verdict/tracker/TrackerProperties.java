package dev.verdict.tracker;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code verdict.tracker.*}: the retry schedule of follow-up tickets (first retry after
 * {@code first-retry}, 30 s, then twice as long each time up to {@code max-retry}, 15 min; given
 * up {@code give-up-after}, 24 h, after the decision was published or after a manual retry), and
 * each HTTP call's {@code connect-timeout} (5 s) and {@code request-timeout} (10 s).
 */
@ConfigurationProperties("verdict.tracker")
public class TrackerProperties {

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
