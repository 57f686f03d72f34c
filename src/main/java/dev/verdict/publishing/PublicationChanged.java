package dev.verdict.publishing;

import java.util.UUID;

public record PublicationChanged(UUID reviewId) {
}
