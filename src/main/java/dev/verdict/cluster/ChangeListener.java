package dev.verdict.cluster;

import dev.verdict.shared.ChangesMissed;
import dev.verdict.shared.Relayed;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears the changes the other nodes committed and publishes each here as a {@link Relayed} event,
 * for this node's live feeds, caches and indexes. One dedicated pgjdbc connection per node, not
 * from the pool (it is held for the node's life), runs {@code LISTEN} and waits for notifications
 * with {@link PGConnection#getNotifications(int)}; when the connection fails it connects again
 * after {@link ClusterProperties#reconnectDelay()}. Notifications sent while it was away are lost
 * (PostgreSQL keeps none for a session that is not listening), so once it listens again it
 * publishes {@link ChangesMissed}: screens, shared reads and the search index catch up from the
 * database. Its own node's notifications are skipped. The connection shows in
 * {@code pg_stat_activity} as application {@code verdict-listen-<node id>}.
 *
 * <p>Records {@code verdict.cluster.delivery} ({@link ClusterMeters}): from the commit on the
 * sending node to the change published here.
 */
@Component
@ConditionalOnProperty(name = "verdict.cluster.enabled", havingValue = "true")
class ChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);
    private static final int WAIT_MILLIS = 500;

    private final ApplicationEventPublisher events;
    private final ClusterProperties properties;
    private final Clock clock;
    private final ClusterMeters meters;
    private final String url;
    private final String username;
    private final String password;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private Thread thread;

    ChangeListener(ApplicationEventPublisher events, ClusterProperties properties, Clock clock, ClusterMeters meters,
                   @Value("${spring.datasource.url}") String url,
                   @Value("${spring.datasource.username:}") String username,
                   @Value("${spring.datasource.password:}") String password) {
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.url = url;
        this.username = username;
        this.password = password;
        this.meters = meters;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("verdict-cluster-listen").daemon().start(this::listenUntilStopped);
    }

    @Override
    public void stop() {
        running = false;
        listening = false;
        closeQuietly(connection);
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether this node is listening now: it hears every change committed elsewhere from here on. */
    boolean listening() {
        return listening;
    }

    private void listenUntilStopped() {
        long lostAt = -1;
        while (running) {
            var login = new java.util.Properties();
            login.setProperty("user", username);
            login.setProperty("password", password);
            login.setProperty("ApplicationName", "verdict-listen-" + properties.nodeId());
            try (Connection listen = DriverManager.getConnection(url, login)) {
                connection = listen;
                try (Statement statement = listen.createStatement()) {
                    // The channel is checked to be a plain identifier (ClusterProperties).
                    statement.execute("LISTEN " + properties.channel());
                }
                PGConnection pg = listen.unwrap(PGConnection.class);
                listening = true;
                log.info("Node {} listens for changes from the other nodes on channel {}", properties.nodeId(), properties.channel());
                if (lostAt >= 0) {
                    long down = Math.max(1, (clock.millis() - lostAt) / 1000);
                    lostAt = -1;
                    log.info("Node {} was not listening for {} s: its screens and caches catch up from the database", properties.nodeId(), down);
                    missed(down);
                }
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            receive(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (lostAt < 0) {
                    lostAt = clock.millis();
                }
                if (running) {
                    log.warn("Listening for the other nodes' changes failed, again in {}: {}", properties.reconnectDelay(), e.toString());
                    pause();
                }
            } finally {
                listening = false;
                connection = null;
            }
        }
    }

    private void receive(String payload) {
        var notice = ChangeNotice.fromPayload(payload);
        if (notice.isEmpty()) {
            log.debug("Skipped a notification this node does not understand: {}", payload);
            return;
        }
        if (notice.get().node().equals(properties.nodeId())) {
            return;
        }
        try {
            events.publishEvent(new Relayed<>(notice.get().event(), notice.get().node()));
        } catch (RuntimeException e) {
            // One failing listener must not end the listening for every change after it.
            log.warn("A listener failed on a change from node {}: {}", notice.get().node(), e.toString());
        }
        meters.delivered(clock.millis() - notice.get().sentAt());
    }

    private void missed(long downSeconds) {
        try {
            events.publishEvent(new ChangesMissed(properties.nodeId(), downSeconds));
        } catch (RuntimeException e) {
            log.warn("Catching up after a gap in listening failed: {}", e.toString());
        }
    }

    private void pause() {
        try {
            Thread.sleep(properties.reconnectDelay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing to stop: nothing left to do with it.
            }
        }
    }
}
