/**
 * Chat notifications: incoming webhooks of Slack, Microsoft Teams and Mattermost, global (in
 * configuration) or per connected repository (admins, URL sealed), told when a pre-read opens, a
 * meeting starts and a decision is published. Only titles, the outcome, the decision statement and
 * links, escaped for the target's markup; delivered after commit from a durable outbox, retried
 * with backoff, never blocking the review (ADR 24).
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "repository", "review", "preread", "meeting", "decision",
        "publishing"})
package dev.verdict.chat;

import org.springframework.modulith.ApplicationModule;
