/**
 * The live room: the server-side clock that walks the agenda, the risks and parked items captured
 * during the meeting, and the feed that puts every change on every open screen.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "review", "agenda", "preread"})
package dev.verdict.meeting;

import org.springframework.modulith.ApplicationModule;
