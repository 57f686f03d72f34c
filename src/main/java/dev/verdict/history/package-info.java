/**
 * The history of every review (A1): the list of the reviews a caller may see, with where each
 * stands and how it ended, and full-text search over their titles, docs, pre-read comments,
 * captures and decision records. The search index is Lucene's, owned here alone, fed after each
 * committed change through other modules' events and public services (ADR 18).
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "review", "preread", "meeting", "decision"})
package dev.verdict.history;

import org.springframework.modulith.ApplicationModule;
