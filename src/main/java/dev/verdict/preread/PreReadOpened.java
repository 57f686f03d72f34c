package dev.verdict.preread;

import java.util.List;
import java.util.UUID;

/** The moderator opened the pre-read; these people are invited. */
public record PreReadOpened(UUID reviewId, String reviewTitle, List<String> invited, String moderatorName) {
}
