package dev.verdict.publishing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Publishing as operators watch it (issue 17, O2; the alerts in docs/observability read these):
 * <ul>
 *   <li>{@code verdict.publish} (timer, seconds, with a histogram) — each attempt to commit and push a
 *       decision, tagged {@code outcome}: {@code published}, {@code failed} (the host refused or was
 *       down; retried later) or {@code conflict} (the repository records another decision; a person
 *       must act);</li>
 *   <li>{@code verdict.publish.pending} (gauge) — decisions waiting for a retry, read from the
 *       database at each scrape;</li>
 *   <li>{@code verdict.publish.needs_attention} (gauge) — publications refused for good.</li>
 * </ul>
 */
@Component
class PublishMeters {

    static final String PUBLISHED = "published";
    static final String FAILED = "failed";
    static final String CONFLICT = "conflict";

    private final MeterRegistry meters;

    PublishMeters(MeterRegistry meters, Publications publications) {
        this.meters = meters;
        Gauge.builder("verdict.publish.pending", publications, p -> p.countByState(PublicationState.WAITING))
                .description("Decisions waiting to be published (the git host refused or was down)")
                .register(meters);
        Gauge.builder("verdict.publish.needs_attention", publications, p -> p.countByState(PublicationState.NEEDS_ATTENTION))
                .description("Publications refused for good: the repository records another decision")
                .register(meters);
        for (String outcome : new String[] {PUBLISHED, FAILED, CONFLICT}) {
            timer(outcome); // present at zero from the start, so rate() and alerts see the series
        }
    }

    /** Records one attempt that began at {@code startNanos} ({@link System#nanoTime()}). */
    void attempt(String outcome, long startNanos) {
        timer(outcome).record(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private Timer timer(String outcome) {
        return Timer.builder("verdict.publish")
                .description("One attempt to commit and push a decision into its repository")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofMinutes(2))
                .register(meters);
    }
}
