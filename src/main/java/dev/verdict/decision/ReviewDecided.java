package dev.verdict.decision;

import java.util.UUID;

/** A review closed with a complete decision record; its outcome can now be published. */
public record ReviewDecided(UUID reviewId) {
}
