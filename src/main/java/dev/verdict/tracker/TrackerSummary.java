package dev.verdict.tracker;

import java.util.UUID;

/** A tracker as the admin sees it: the repository, the kind, the host and the project; never the token. */
public record TrackerSummary(UUID id, String repository, TrackerKind kind, String host, String project) {
}
