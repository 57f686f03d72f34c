package dev.verdict.review;

import dev.verdict.shared.MarkdownSource;
import java.nio.charset.StandardCharsets;

/** The rules a design doc must meet before a review can be built on it. */
public final class DesignDoc {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private DesignDoc() {
    }

    /**
     * Returns the doc normalised ({@link MarkdownSource#normalize}: BOM dropped, line endings as
     * LF), or refuses it with a message a person can act on.
     *
     * @throws InvalidReviewException when the doc is empty or over {@link #MAX_BYTES} (2 MB) of UTF-8
     */
    public static String check(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            throw new InvalidReviewException("The design doc is empty: paste its Markdown or upload a .md file.");
        }
        int bytes = markdown.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new InvalidReviewException(String.format(
                    "The design doc is %.1f MB; the limit is 2 MB. Split it or link the appendices.",
                    bytes / (1024.0 * 1024.0)));
        }
        return MarkdownSource.normalize(markdown);
    }
}
