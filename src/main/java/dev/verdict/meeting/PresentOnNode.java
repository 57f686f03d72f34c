package dev.verdict.meeting;

import java.util.Set;
import java.util.UUID;

/**
 * Who has this review open on the node that publishes it: sent whenever that changes and again
 * every few seconds while anyone is there, so the other nodes of a cluster count them too (ADR 27).
 * Usernames only; an empty set says nobody is left on that node.
 */
public record PresentOnNode(UUID reviewId, Set<String> usernames) {
}
