package dev.verdict.publishing.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Git settings for tests that build the JGit adapters by hand: a fresh cache folder each time. */
final class GitTestSupport {

    private GitTestSupport() {
    }

    static GitProperties properties() {
        try {
            return new GitProperties(null, "main", Files.createTempDirectory("verdict-git-cache-"), false,
                    "docs/design-reviews", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
