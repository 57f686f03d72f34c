package dev.verdict.review;

import java.util.UUID;

/** A review was opened: its title and doc can now be found. */
public record ReviewOpened(UUID reviewId) {
}
