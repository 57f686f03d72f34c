package dev.verdict.publishing;

import dev.verdict.decision.ReviewDecided;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps trying, with backoff: a publication that failed (git host down, remote refusing) is
 * resubmitted when its next attempt is due (30 s, then twice as long each time, at most 15 min),
 * or at once when the moderator asks. One that never got as far as a first attempt (a crash right
 * after the meeting closed) is resubmitted after 30 s, and one a crash cut short in the middle
 * after 60 s (Spring Modulith marks it failed after a minute, see application.yml). The archive finds an earlier commit by its
 * trailer, so a retry never commits twice.
 */
@Component
class PublicationRetries {

    static final Duration NEVER_STARTED_AFTER = Duration.ofSeconds(30);
    /**
     * An attempt still "publishing" after this long was cut short by a crash: tried again. One
     * that is in fact still running waits for the clone's lock and then finds its own commit.
     */
    static final Duration STUCK_AFTER = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(PublicationRetries.class);

    private final IncompleteEventPublications incomplete;
    private final Publications publications;
    private final Clock clock;

    PublicationRetries(IncompleteEventPublications incomplete, Publications publications, Clock clock) {
        this.incomplete = incomplete;
        this.publications = publications;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
    // Once across nodes (ADR 27): two nodes resubmitting the same publication would push it twice at once.
    @SchedulerLock(name = "publication-retries", lockAtLeastFor = "PT4S", lockAtMostFor = "PT5M")
    void retryDuePublications() {
        try {
            incomplete.resubmitIncompletePublications(this::due);
        } catch (RuntimeException e) {
            log.warn("Retrying outstanding publications failed: {}", e.getMessage());
        }
    }

    private boolean due(EventPublication publication) {
        var now = clock.instant();
        boolean old = publication.getPublicationDate().plus(NEVER_STARTED_AFTER).isBefore(now);
        if (publication.getEvent() instanceof ReviewDecided decided) {
            return publications.findById(decided.reviewId())
                    .map(p -> p.due(now) || p.state() == PublicationState.PUBLISHED
                            || p.state() == PublicationState.PUBLISHING && p.updatedAt().plus(STUCK_AFTER).isBefore(now))
                    .orElse(old);
        }
        return old;
    }
}
