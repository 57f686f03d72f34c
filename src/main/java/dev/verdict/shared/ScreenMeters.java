package dev.verdict.shared;

import dev.verdict.shared.ui.LiveUpdates;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code verdict.screens.open} (gauge) for operators (issue 17, O2): the live screens open on this
 * node (rooms, pre-reads, publication pages, room displays), each holding a push connection. The
 * fan-out benchmark's memory per screen times this figure is what the node's heap must hold.
 */
@Component
class ScreenMeters {

    ScreenMeters(MeterRegistry meters) {
        Gauge.builder("verdict.screens.open", LiveUpdates::openScreens)
                .description("Live screens open on this node, each with a push connection")
                .register(meters);
    }
}
