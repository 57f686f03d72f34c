/**
 * The pre-read: the moderator opens it and the review's people are invited (a bell, and an email
 * when SMTP is configured); they read the pinned doc, comment on its sections and say they have
 * read it; the moderator triages the comments into the agenda, the parking lot, or resolved.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "agenda", "review"})
package dev.verdict.preread;

import org.springframework.modulith.ApplicationModule;
