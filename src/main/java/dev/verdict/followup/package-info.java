/**
 * Follow-ups after the meeting: the action items a person owns across reviews (and, for
 * moderators, every item of their reviews), overdue first; marking one done with a note; and
 * reminders, behind the bell and by email, once when an item is due soon and once when overdue.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "review", "meeting", "preread"})
package dev.verdict.followup;

import org.springframework.modulith.ApplicationModule;
