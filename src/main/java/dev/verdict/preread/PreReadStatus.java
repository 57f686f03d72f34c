package dev.verdict.preread;

import java.time.Instant;
import java.util.List;

/**
 * Where the pre-read stands for the caller: opened when, the doc's sections, whether the caller
 * has read it, may comment, may triage; and a warning when the meeting is too close to the opening.
 *
 * @param cancellation "Cancelled: <reason>" once a moderator cancelled the review (read-only from then on); else null
 */
public record PreReadStatus(boolean opened, Instant openedAt, List<String> sections, boolean readByMe,
                            boolean mayComment, boolean moderator, String leadTimeWarning, String title,
                            String designDoc, String pinnedCommit, String cancellation) {
}
