package dev.verdict.publishing;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps trying: a publication that failed (git host down, remote refusing) is resubmitted while
 * the app runs, not only after a restart. The archive finds an earlier commit by its trailer, so
 * a retry never commits twice.
 */
@Component
class PublicationRetries {

    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(PublicationRetries.class);

    private final IncompleteEventPublications incomplete;

    PublicationRetries(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
    void retryFailedPublications() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(RETRY_AFTER);
        } catch (RuntimeException e) {
            log.warn("Retrying outstanding publications failed: {}", e.getMessage());
        }
    }
}
