package dev.verdict.publishing;

import java.util.UUID;

/**
 * A decision's commit is on the remote. Published in the transaction that records the
 * publication as published, so the event publication registry keeps it until every listener
 * (the summary email) has run, across a restart too.
 */
public record DecisionPublished(UUID reviewId) {
}
