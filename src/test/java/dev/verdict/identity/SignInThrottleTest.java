package dev.verdict.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failed sign-ins are slowed after a burst, refused after many, per account name and per address. */
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottle.Limits(3, Duration.ofSeconds(5), 10, Duration.ofMinutes(15), 5), clock, new NoTrail());

    /** The throttle's counting is under test here; its trail entries are checked by SignInHardeningIT. */
    private static final class NoTrail implements dev.verdict.shared.AuditLog {
        @Override
        public void record(java.util.UUID reviewId, String action, String subject, String before, String after) {
        }

        @Override
        public void recordAs(String actor, java.util.UUID reviewId, String action, String subject) {
        }
    }

    @Test
    void three_failures_are_free_then_each_attempt_waits_five_seconds() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.refusedFor("alice", "10.0.0.1")).isEmpty();
            throttle.failed("alice", "10.0.0.1");
        }

        assertThat(throttle.refusedFor("alice", "10.0.0.1")).contains(Duration.ofSeconds(5));
        clock.advance(Duration.ofSeconds(5));
        assertThat(throttle.refusedFor("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void ten_failures_within_a_quarter_hour_refuse_the_account_until_the_quarter_hour_is_over() {
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(5));
            throttle.failed("alice", "10.0.0." + i);
        }

        var refused = throttle.refusedFor("Alice ", "10.9.9.9");
        assertThat(refused).as("another address, the name typed differently").isPresent();
        assertThat(refused.get()).isGreaterThan(Duration.ofMinutes(14));
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.refusedFor("alice", "10.9.9.9")).isEmpty();
    }

    @Test
    void a_success_forgets_the_accounts_failures() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        throttle.succeeded("alice");

        assertThat(throttle.refusedFor("alice", "10.0.0.2")).isEmpty();
    }

    @Test
    void one_address_trying_many_names_is_slowed_after_five_times_an_accounts_burst() {
        for (int i = 0; i < 15; i++) {
            assertThat(throttle.refusedFor("user" + i, "10.0.0.1")).as("attempt %d", i + 1).isEmpty();
            throttle.failed("user" + i, "10.0.0.1");
        }

        assertThat(throttle.refusedFor("someone-new", "10.0.0.1")).isPresent();
        assertThat(throttle.refusedFor("someone-new", "10.0.0.2")).isEmpty();
    }

    @Test
    void a_name_that_does_not_exist_is_counted_like_one_that_does() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("alice", "10.0.0.1");
            throttle.failed("nobody-here", "10.0.0.2");
        }

        assertThat(throttle.refusedFor("nobody-here", "10.0.0.3")).isEqualTo(throttle.refusedFor("alice", "10.0.0.4"));
    }
}
