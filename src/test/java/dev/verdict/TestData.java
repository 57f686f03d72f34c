package dev.verdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One data folder per test JVM, so Spring test contexts share their cache and never touch ./data. */
public final class TestData {

    public static final Path DIR;

    static {
        try {
            Files.createDirectories(Path.of("target"));
            DIR = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "test-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestData() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("verdict.data-dir", DIR::toString);
        // A search index per Spring context: two contexts alive at once cannot both write one (Lucene's lock).
        String index = DIR.resolve("search-index-" + java.util.UUID.randomUUID()).toString();
        registry.add("verdict.search.index-dir", () -> index);
    }

    public static Path remote() {
        return DIR.resolve("repos/demo-remote.git");
    }
}
