package dev.verdict.preread;

import dev.verdict.identity.Person;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A comment as readers see it, with its replies and what the caller may do with it. */
public record CommentView(UUID id, String section, String quote, CommentKind kind, String body, Person author,
                          Instant createdAt, boolean edited, boolean resolved, String resolutionNote, boolean outdated,
                          Triage triage, boolean mayEdit, boolean mayResolve, List<CommentView> replies) {
}
