package dev.verdict.meeting;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The meeting module's gauge for operators (issue 17, O2): {@code verdict.reviews.in_progress},
 * the meetings whose clock runs or is paused right now, read from the database at each scrape
 * (one count query), so every node of a cluster reports the same figure.
 */
@Component
class MeetingMeters {

    MeetingMeters(MeterRegistry meters, Meetings meetings) {
        Gauge.builder("verdict.reviews.in_progress", meetings,
                        m -> m.countWithStatus(List.of(MeetingStatus.RUNNING, MeetingStatus.PAUSED)))
                .description("Review meetings running or paused now")
                .register(meters);
    }
}
