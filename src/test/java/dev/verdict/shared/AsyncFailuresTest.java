package dev.verdict.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AsyncFailuresTest {

    static class Handled extends RuntimeException implements ExpectedFailure {
        Handled() {
            super("git host down; next attempt at 10:15:00");
        }
    }

    private final Logger logger = (Logger) LoggerFactory.getLogger(AsyncFailures.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final AsyncFailures handler = new AsyncFailures();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(logged);
    }

    @Test
    void a_handled_failure_is_not_reported_again_as_an_error() throws Exception {
        handler.handleUncaughtException(new Handled(), Object.class.getMethod("toString"));

        assertThat(logged.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
    }

    @Test
    void an_unexpected_failure_is_an_error_with_its_stack_trace() throws Exception {
        handler.handleUncaughtException(new IllegalStateException("boom"), Object.class.getMethod("toString"));

        assertThat(logged.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.ERROR);
            assertThat(e.getFormattedMessage()).startsWith("Unexpected failure in Object.toString");
            assertThat(e.getThrowableProxy().getMessage()).isEqualTo("boom");
        });
    }
}
