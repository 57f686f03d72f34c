package dev.verdict.preread;

import java.util.UUID;

/** Comments or receipts of a review changed: open readers refresh. */
public record CommentsChanged(UUID reviewId) {
}
