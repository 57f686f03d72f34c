/**
 * Follow-up tickets: an issue tracker per connected repository (GitHub Issues, GitLab Issues,
 * Jira Cloud or Data Center, Gitea/Forgejo; admins, token sealed), and once a decision is
 * published, one ticket per action item and per parked item disposed as a follow-up action or a
 * separate design doc: title, owner, due date and links back to the ADR and the summary. Filed
 * after commit from a durable outbox, looked up by a marker before creating so a crash never files
 * twice, retried with backoff, never blocking the decision or its publication (ADR 25).
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "repository", "review", "meeting",
        "decision", "publishing"})
package dev.verdict.tracker;

import org.springframework.modulith.ApplicationModule;
