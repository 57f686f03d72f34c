package dev.verdict.tracker;

import java.time.Duration;

/**
 * A tracker call that did not file the ticket: retried (after {@code retryAfter}, or the backoff
 * when null) or given up. The message names the tracker and host and says what to fix; never the token.
 */
class TrackerFailure extends Exception {

    private final boolean giveUp;
    private final Duration retryAfter;

    private TrackerFailure(String message, boolean giveUp, Duration retryAfter) {
        super(message, null, false, false);
        this.giveUp = giveUp;
        this.retryAfter = retryAfter;
    }

    static TrackerFailure retry(String message, Duration after) {
        return new TrackerFailure(message, false, after);
    }

    static TrackerFailure giveUp(String message) {
        return new TrackerFailure(message, true, null);
    }

    boolean giveUp() {
        return giveUp;
    }

    /** The wait the tracker asked for ({@code Retry-After}); null for the usual backoff. */
    Duration retryAfter() {
        return retryAfter;
    }
}
