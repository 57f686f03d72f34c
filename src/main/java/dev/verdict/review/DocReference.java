package dev.verdict.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A design doc in a connected repository, pinned to one commit so the agenda and comments refer to one version. */
public record DocReference(
        @NotNull(message = "Pick a repository") UUID repositoryId,
        @NotBlank(message = "Pick the design doc's file") @Size(max = 1000) String path,
        @NotBlank @Pattern(regexp = "[0-9a-f]{40}", message = "The pinned commit is not a commit id") String commit) {

    public String shortCommit() {
        return commit.substring(0, 7);
    }
}
