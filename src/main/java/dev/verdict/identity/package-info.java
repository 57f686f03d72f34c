/**
 * Who is who: the people Verdict knows (from configuration, passwords hashed), the login, and the
 * caller of a service call. Per-review roles live with the review.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package dev.verdict.identity;

import org.springframework.modulith.ApplicationModule;
