/**
 * Connected git repositories: which URLs are accepted, how their credentials are kept (encrypted,
 * never shown again), and which ADR convention a repository follows.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity"})
package dev.verdict.repository;

import org.springframework.modulith.ApplicationModule;
