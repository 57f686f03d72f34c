package dev.verdict.meeting;

import dev.verdict.identity.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An action item as captured in a review's meeting: what is to be done, by whom, by when.
 *
 * @param owner   the person who owns it (required when it was captured)
 * @param dueDate the day it is due (required when it was captured)
 */
public record ActionItem(UUID id, UUID reviewId, String text, Person owner, LocalDate dueDate, Instant capturedAt) {
}
