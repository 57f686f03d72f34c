package dev.verdict.cluster;

import dev.verdict.decision.ReviewDecided;
import dev.verdict.meeting.MeetingChanged;
import dev.verdict.meeting.PresentOnNode;
import dev.verdict.preread.CommentsChanged;
import dev.verdict.publishing.PublicationChanged;
import dev.verdict.repository.RepositoryConnected;
import dev.verdict.review.AgendaChanged;
import dev.verdict.review.DocRepinned;
import dev.verdict.review.ReviewCancelled;
import dev.verdict.review.ReviewOpened;
import dev.verdict.review.TeamChanged;
import dev.verdict.shared.AfterCommit;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the other nodes about each change this node committed: once the transaction has
 * committed, one {@code pg_notify(channel, payload)} (a {@link ChangeNotice}) on a thread of its
 * own, in the order the changes were made, on a pooled connection outside any transaction (a
 * NOTIFY is delivered when its transaction commits). A notice that cannot be sent is logged and
 * lost: the other nodes' screens then catch up at their next change or clock poll.
 */
@Component
@ConditionalOnProperty(name = "verdict.cluster.enabled", havingValue = "true")
class ChangeBroadcaster implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangeBroadcaster.class);

    private final JdbcTemplate jdbc;
    private final ClusterProperties properties;
    private final Clock clock;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("verdict-cluster-notify").daemon().factory());

    ChangeBroadcaster(DataSource dataSource, ClusterProperties properties, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(MeetingChanged event) {
        afterCommit(event);
    }

    @EventListener
    void on(PresentOnNode event) {
        afterCommit(event);
    }

    @EventListener
    void on(TeamChanged event) {
        afterCommit(event);
    }

    @EventListener
    void on(AgendaChanged event) {
        afterCommit(event);
    }

    @EventListener
    void on(CommentsChanged event) {
        afterCommit(event);
    }

    @EventListener
    void on(PublicationChanged event) {
        afterCommit(event);
    }

    @EventListener
    void on(ReviewOpened event) {
        afterCommit(event);
    }

    @EventListener
    void on(DocRepinned event) {
        afterCommit(event);
    }

    @EventListener
    void on(ReviewDecided event) {
        afterCommit(event);
    }

    @EventListener
    void on(ReviewCancelled event) {
        afterCommit(event);
    }

    @EventListener
    void on(RepositoryConnected event) {
        afterCommit(event);
    }

    private void afterCommit(Object event) {
        AfterCommit.run(() -> {
            // Stamped when committed, not when sent: the delivery meter counts any wait for the sender.
            var notice = new ChangeNotice(properties.nodeId(), clock.millis(), event);
            try {
                sender.execute(() -> send(notice));
            } catch (RejectedExecutionException shuttingDown) {
                log.debug("Not told to the other nodes, shutting down: {}", event);
            }
        });
    }

    private void send(ChangeNotice notice) {
        try {
            notice.toPayload().ifPresentOrElse(
                    payload -> jdbc.query("select pg_notify(?, ?)", rs -> null, properties.channel(), payload),
                    () -> log.warn("Not told to the other nodes, too large for a notification: {}",
                            notice.event().getClass().getSimpleName()));
        } catch (RuntimeException e) {
            log.warn("Could not tell the other nodes about a {}: {}", notice.event().getClass().getSimpleName(), e.toString());
        }
    }

    /** Sends what is queued (a stopping node's last changes still reach the others), for at most 5 s. */
    @Override
    public void destroy() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(5, TimeUnit.SECONDS);
    }
}
