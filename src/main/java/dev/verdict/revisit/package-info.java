/**
 * Afterwards: revisit dates and carry-forward. On a decision's revisit date its decision maker and
 * moderators are told, with "Start a revisit review" (a new review of the same doc at the branch
 * head that follows up on the decided one); the next review of a doc shows the previous review's
 * decision and open action items (ADR 21).
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "review", "decision", "meeting", "followup", "preread",
        "repository"})
package dev.verdict.revisit;

import org.springframework.modulith.ApplicationModule;
