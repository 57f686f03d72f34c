package dev.verdict.followup;

import dev.verdict.identity.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One action item as My follow-ups shows it.
 *
 * @param doneBy      who marked it done; null while open
 * @param doneNote    what they wrote; null when nothing
 * @param mayMarkDone whether the caller may mark it done (its owner, or a moderator of its review)
 */
public record FollowUpItem(UUID actionId, UUID reviewId, String reviewTitle, String text, Person owner,
                           LocalDate dueDate, Person doneBy, Instant doneAt, String doneNote, boolean mayMarkDone) {

    public boolean done() {
        return doneAt != null;
    }

    /** Open and past its due date on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return !done() && dueDate != null && dueDate.isBefore(today);
    }
}
