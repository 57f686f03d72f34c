package dev.verdict.tracker;

import dev.verdict.repository.SecretBox;
import dev.verdict.shared.OutboxDrain;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files the outbox's due tickets, oldest first, on a thread of its own, so a slow or failing
 * tracker never holds up a review or the live screens. Each attempt first looks for the ticket
 * by its marker (a crash after the tracker created it, before the row said so, finds it instead of
 * filing a second), then creates it. What the tracker answered decides the next step
 * ({@link TrackerHttp}): filed, retried with backoff (30 s doubling to 15 min, or the
 * {@code Retry-After}), or given up with what to fix; given up 24 h after publication at the latest.
 * Rows survive a restart, so it resumes where it stopped. The token is opened for the attempt only
 * and appears in no log and no error.
 */
@Component
class TicketDelivery {

    private static final Logger log = LoggerFactory.getLogger(TicketDelivery.class);
    private static final int BATCH = 20;

    private final Tickets tickets;
    private final Trackers trackers;
    private final IssueTrackers adapters;
    private final SecretBox secrets;
    private final TrackerProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /**
     * On one node at a time (ADR 27): two nodes reading the same due rows could both find no marker
     * yet and file a ticket twice.
     */
    private final OutboxDrain filer;

    TicketDelivery(Tickets tickets, Trackers trackers, IssueTrackers adapters, SecretBox secrets,
                   TrackerProperties properties, TransactionTemplate transactions, Clock clock, LockProvider locks) {
        this.filer = new OutboxDrain("verdict-tickets", "ticket-filing", locks, clock);
        this.tickets = tickets;
        this.trackers = trackers;
        this.adapters = adapters;
        this.secrets = secrets;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${verdict.tracker.poll-millis:2000}", initialDelayString = "${verdict.tracker.poll-millis:2000}")
    void fileDue() {
        filer.drainSoon(this::drain);
    }

    private void drain() {
        try {
            for (Ticket due : tickets.findByFiledAtIsNullAndFailedAtIsNullAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(
                    clock.instant(), Limit.of(BATCH))) {
                attempt(due.id());
            }
        } catch (RuntimeException e) {
            log.warn("Filing follow-up tickets failed: {}", e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void stop() {
        filer.stop();
    }

    /** One attempt; the outcome is saved in its own transaction. */
    void attempt(UUID ticketId) {
        Ticket ticket = tickets.findById(ticketId).orElse(null);
        if (ticket == null || !ticket.open()) {
            return;
        }
        Tracker tracker = trackers.findById(ticket.trackerId()).orElse(null);
        if (tracker == null) {
            record(ticketId, null, TrackerFailure.giveUp("The tracker was removed"));
            return;
        }
        IssueTracker adapter;
        try {
            adapter = adapters.open(tracker.kind(), tracker.baseUrl(), tracker.project(), secrets.open(tracker.sealedToken()));
        } catch (RuntimeException e) {
            record(ticketId, null, TrackerFailure.giveUp("The tracker's token cannot be read (" + e.getMessage() + ")"));
            return;
        }
        try {
            record(ticketId, adapter.file(ticket.request()), null);
        } catch (TrackerFailure failure) {
            record(ticketId, null, failure);
        }
    }

    private void record(UUID ticketId, IssueTracker.FiledTicket filed, TrackerFailure failure) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> tickets.findById(ticketId).ifPresent(t -> {
            if (filed != null) {
                t.filed(filed, now);
                log.info("Follow-up ticket {} filed for item {}", filed.key(), t.itemId());
            } else {
                Instant retryAt = failure.giveUp() ? null : now.plus(failure.retryAfter() != null ? failure.retryAfter()
                        : OutboxDrain.backoff(t.attempts() + 1, properties.getFirstRetry(), properties.getMaxRetry()));
                t.failed(now, failure.getMessage(), retryAt, properties.getGiveUpAfter());
                if (t.failedAt() != null) {
                    log.warn("Follow-up ticket for item {} given up after {} attempts: {}", t.itemId(), t.attempts(),
                            t.lastError());
                } else {
                    log.info("Follow-up ticket for item {} not filed (attempt {}), next at {}: {}", t.itemId(),
                            t.attempts(), t.nextAttemptAt(), t.lastError());
                }
            }
            tickets.save(t);
        }));
    }
}
