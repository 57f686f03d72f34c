/**
 * The audit trail: every change any module makes, recorded append-only through the shared
 * {@link dev.verdict.shared.AuditLog} port in the change's own transaction; read by a review's
 * moderators (their review) and by admins (everything, filtered, as CSV).
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "review"})
package dev.verdict.audit;

import org.springframework.modulith.ApplicationModule;
