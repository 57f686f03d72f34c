package dev.verdict.revisit;

import dev.verdict.decision.Decision;
import java.util.UUID;

/**
 * What the revisit page shows of a decided review.
 *
 * @param docSource where the revisit's doc comes from: "docs/design.md in Payments, re-read at the
 *                  branch head", or "the doc as it was pasted"
 * @param mayStart  whether the caller may start the revisit review (its moderators and decision maker)
 */
public record RevisitPage(UUID reviewId, String title, Decision decision, String docSource, boolean mayStart) {
}
