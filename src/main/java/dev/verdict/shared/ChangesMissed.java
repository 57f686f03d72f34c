package dev.verdict.shared;

/**
 * Published on a node that may have missed changes committed on the other nodes: its
 * {@code LISTEN} connection to PostgreSQL was down for a while (a database restart, a network
 * cut), and PostgreSQL keeps no notifications for a session that is not listening (ADR 27). What
 * keeps this node's own view current catches up from the database: open screens re-read, shared
 * reads are dropped, the search index looks again at every review still open.
 *
 * @param node        this node's id
 * @param downSeconds how long the node was not listening, in seconds (at least the reconnect delay)
 */
public record ChangesMissed(String node, long downSeconds) {
}
