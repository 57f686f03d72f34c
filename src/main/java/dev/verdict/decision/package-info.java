/**
 * The decision record that every review must end with, and the rules that make it complete.
 * Closing a meeting happens here, in one transaction with recording the decision.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "agenda", "review", "meeting", "repository", "preread"})
package dev.verdict.decision;

import org.springframework.modulith.ApplicationModule;
