package dev.verdict.cluster;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * {@code verdict.cluster.delivery} (Prometheus: {@code verdict_cluster_delivery_seconds}, a
 * histogram): from a change committed on one node to its publication on another, by the two
 * nodes' clocks. Registered on every node, single ones too, so dashboards and alerts find it
 * (empty there).
 */
@Component
class ClusterMeters {

    private final Timer delivery;

    ClusterMeters(MeterRegistry meters) {
        this.delivery = Timer.builder("verdict.cluster.delivery")
                .description("From a change committed on another node to its publication on this node")
                // Buckets for Prometheus: percentiles across nodes come from histogram_quantile.
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(50), Duration.ofMillis(250))
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(meters);
    }

    void delivered(long millis) {
        delivery.record(Math.max(0, millis), TimeUnit.MILLISECONDS);
    }
}
