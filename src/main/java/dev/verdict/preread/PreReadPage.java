package dev.verdict.preread;

import java.util.List;

/** The pre-read page in one read: status, threads, and the triage when the caller moderates (else null). */
public record PreReadPage(PreReadStatus status, List<CommentView> threads, TriageSummary triage) {
}
