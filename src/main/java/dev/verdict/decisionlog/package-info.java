/**
 * The decision log (A4): every ADR on the branch head of every connected repository, read in its
 * convention, together with Verdict's own decisions not yet in git, in one searchable list with
 * tags, statuses, supersede chains, deciders and revisit dates; and the related decisions of a
 * review (more-like-this over the same index, answering the review module's
 * {@code RelatedDecisions} port). Answers from an in-memory snapshot refreshed in the background,
 * never by fetching git for a request (ADR 19).
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "repository", "review", "decision", "publishing"})
package dev.verdict.decisionlog;

import org.springframework.modulith.ApplicationModule;
