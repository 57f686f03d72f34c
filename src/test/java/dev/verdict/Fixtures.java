package dev.verdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real design docs from ../shared/fixtures (laid beside the checkout, as in CI). */
public final class Fixtures {

    private Fixtures() {
    }

    public static String designDoc(String name) {
        Path dir = Path.of(System.getProperty("verdict.shared-dir", "../shared"), "fixtures", "design-docs");
        try {
            return Files.readString(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Fixture " + name + " not found under " + dir.toAbsolutePath()
                    + "; ../shared must lie beside the checkout", e);
        }
    }

    public static final String REALTIME_COLLABORATION = "realtime-collaboration.md";
    public static final String KEP_1040 = "kep-1040-priority-and-fairness.md";
    public static final String RUST_RFC_2094 = "rust-rfc-2094-nll.md";
}
