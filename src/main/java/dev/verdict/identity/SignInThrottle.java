package dev.verdict.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import dev.verdict.shared.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows, then refuses, repeated failed sign-ins, for one account name and for one client address,
 * with Bucket4j token buckets (one token per failure). Each bucket has two limits: a burst
 * ({@code quick-failures} free, then one more per {@code slowdown}), and a window
 * ({@code failures} per {@code lockout}). While either limit is spent every sign-in for that name
 * or from that address is refused before the password is checked, the right password too. A
 * success forgets the account's failures. Names that do not exist are counted the same way, so
 * the refusal never tells whether a user exists. Buckets live in memory (Caffeine, at most
 * 100 000 of each, forgotten an hour after last use); each node of a cluster counts its own.
 */
@Component
public class SignInThrottle {

    /**
     * @param quickFailures failures allowed in a burst before each attempt must wait {@code slowdown}
     * @param slowdown      the wait between attempts once the burst is spent
     * @param failures      failures allowed within {@code lockout}; then refused until tokens come back
     * @param lockout       the window in which {@code failures} are counted
     * @param addressFactor how many times the account's limits one client address gets (many people share an office NAT)
     */
    @ConfigurationProperties("verdict.sign-in")
    public record Limits(Integer quickFailures, Duration slowdown, Integer failures, Duration lockout, Integer addressFactor) {
        public Limits {
            quickFailures = quickFailures == null ? 3 : quickFailures;
            slowdown = slowdown == null ? Duration.ofSeconds(5) : slowdown;
            failures = failures == null ? 10 : failures;
            lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
            addressFactor = addressFactor == null ? 5 : addressFactor;
        }
    }

    private final Limits limits;
    private final io.github.bucket4j.TimeMeter time;
    private final Cache<String, Bucket> accounts = cache();
    private final Cache<String, Bucket> addresses = cache();

    private final AuditLog audit;

    /**
     * @param clock the app's clock, which the buckets refill by (a test moves it)
     * @param audit where sign-ins and failed sign-ins are recorded (by the name typed, with the client's address)
     */
    public SignInThrottle(Limits limits, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.limits = limits;
        this.time = new io.github.bucket4j.TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    private static Cache<String, Bucket> cache() {
        return Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();
    }

    /**
     * How long a sign-in for this name from this address must wait, or empty when it may go ahead.
     *
     * @param username as typed (compared without case and surrounding blanks); null counts as ""
     * @param address  the client's address as the server sees it (forwarded headers honoured)
     */
    public Optional<Duration> refusedFor(String username, String address) {
        long waitNanos = Math.max(wait(accounts.getIfPresent(key(username))), wait(addresses.getIfPresent(address)));
        return waitNanos > 0 ? Optional.of(Duration.ofNanos(waitNanos)) : Optional.empty();
    }

    /** Counts a failed sign-in against the name and the address. */
    public void failed(String username, String address) {
        accounts.get(key(username), k -> bucket(1)).tryConsume(1);
        if (address != null) {
            addresses.get(address, k -> bucket(limits.addressFactor())).tryConsume(1);
        }
    }

    /** A successful sign-in forgets the account's failures (the address keeps its count). */
    public void succeeded(String username) {
        accounts.invalidate(key(username));
    }

    private Bucket bucket(int factor) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity((long) limits.quickFailures() * factor)
                        .refillGreedy(factor, limits.slowdown()).build())
                .addLimit(Bandwidth.builder().capacity((long) limits.failures() * factor)
                        .refillIntervally((long) limits.failures() * factor, limits.lockout()).build())
                .withCustomTimePrecision(time)
                .build();
    }

    /** Spring Security's event for a failed sign-in (a name that does not exist reads as bad credentials too). */
    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        var auth = event.getAuthentication();
        String address = auth.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        failed(auth.getName(), address);
        audit.recordAs(auth.getName(), null, "sign-in failed", address == null ? null : "from " + address);
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
        audit.recordAs(event.getAuthentication().getName(), null, "signed in",
                event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web ? "from " + web.getRemoteAddress() : null);
    }

    private static long wait(Bucket bucket) {
        if (bucket == null) {
            return 0;
        }
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
