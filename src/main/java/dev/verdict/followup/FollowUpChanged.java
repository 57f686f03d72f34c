package dev.verdict.followup;

import java.util.UUID;

/** An action item of a review was marked done. */
public record FollowUpChanged(UUID reviewId, UUID actionId) {
}
