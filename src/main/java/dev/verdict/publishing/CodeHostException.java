package dev.verdict.publishing;

import java.time.Duration;

/**
 * A host API call that failed: what failed in words a person can act on (never the token), and
 * on a 429 the wait the host asked for in {@code Retry-After} (null otherwise). Every failure is
 * retried with backoff; the commit on the branch is not affected.
 */
public class CodeHostException extends RuntimeException {

    private final transient Duration retryAfter;

    public CodeHostException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
