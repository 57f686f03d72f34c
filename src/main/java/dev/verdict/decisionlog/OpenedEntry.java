package dev.verdict.decisionlog;

/**
 * A decision opened from the log.
 *
 * @param markdown the ADR as committed (for a decision not yet in git, its statement and rationale), to render safely
 */
public record OpenedEntry(LogEntry entry, String markdown) {
}
