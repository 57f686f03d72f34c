package dev.verdict.revisit;

import dev.verdict.decision.Decision;
import dev.verdict.meeting.ActionItem;
import java.util.List;
import java.util.UUID;

/**
 * The decided review a review follows up on, carried forward to its members (ADR 21).
 *
 * @param decision       its decision
 * @param openItems      its action items nobody has marked done, by due date
 * @param callerIsMember whether the caller was in it too, and so may open it
 */
public record PreviousReview(UUID reviewId, String title, Decision decision, List<ActionItem> openItems,
                             boolean callerIsMember) {
}
