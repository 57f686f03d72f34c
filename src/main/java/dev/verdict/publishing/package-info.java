/**
 * Publishing a decided review: the Markdown summary and the ADR are rendered and handed to the
 * decision archive (git), at least once and exactly one commit per review.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "review", "meeting", "decision", "repository", "preread"})
package dev.verdict.publishing;

import org.springframework.modulith.ApplicationModule;
