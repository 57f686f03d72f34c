package dev.verdict.shared;

/**
 * A failure the code that threw it has already handled and logged (one WARN line, say): a git
 * host that is down while a publication waits for its next attempt. Thrown on only so that the
 * work counts as not done (the event publication registry retries it); the background thread's
 * last-resort handler does not report it again as an unexpected error with a stack trace.
 */
public interface ExpectedFailure {
}
