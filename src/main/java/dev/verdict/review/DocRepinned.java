package dev.verdict.review;

import java.util.List;
import java.util.UUID;

/** "Update to latest" re-pinned the review's doc; these are the sections of the new version. */
public record DocRepinned(UUID reviewId, List<String> sections) {
}
