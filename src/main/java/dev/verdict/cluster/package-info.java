/**
 * Several Verdict nodes on one PostgreSQL database (ADR 27): what one node commits reaches the
 * open screens of every node through PostgreSQL's LISTEN/NOTIFY, as {@code shared.Relayed} events
 * that only the live feeds, caches and indexes listen to. Off on the embedded H2 database, which
 * runs one node.
 */
@ApplicationModule(allowedDependencies = {"shared", "review", "preread", "meeting", "decision", "publishing", "repository"})
package dev.verdict.cluster;

import org.springframework.modulith.ApplicationModule;
