/**
 * Verdict's events for other software: a STOMP-over-WebSocket feed at /ws, a topic per review,
 * readable only by the review's members (room displays, chat bots).
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "review", "meeting", "publishing"})
package dev.verdict.integration;

import org.springframework.modulith.ApplicationModule;
