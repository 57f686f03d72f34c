package dev.verdict.history;

import java.util.List;
import java.util.UUID;

/**
 * A review that matched a search, with the passages that matched, best first.
 *
 * @param title the review's title as indexed
 */
public record SearchResult(UUID reviewId, String title, List<Snippet> snippets) {

    /**
     * A passage of one searched text.
     *
     * @param where what the passage is from ("Design doc", "Risk by Alice Attendee")
     * @param parts the passage in order; the matched words are the parts marked {@code hit}
     */
    public record Snippet(String where, List<Part> parts) {

        /** The passage as plain text. */
        public String text() {
            var text = new StringBuilder();
            parts.forEach(p -> text.append(p.text()));
            return text.toString();
        }

        /** The matched words, in order. */
        public List<String> hits() {
            return parts.stream().filter(Part::hit).map(Part::text).toList();
        }
    }

    /** Some text of a passage; {@code hit} when it matched the search. */
    public record Part(String text, boolean hit) {
    }
}
