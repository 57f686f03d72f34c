package dev.verdict.decision;

import dev.verdict.shared.InlineMarkdown;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins what people typed into the sentences the summary and the ADR say, so they read as written
 * by a person: one full stop at the end, not two; "because it …" rather than "because It …";
 * no label said twice ("Risk: Risk …"); no quotes inside quotes. Every result is escaped Markdown.
 */
final class Prose {

    /** Words that start a sentence but are lower case mid-sentence; a name ("Kafka", "API") keeps its case. */
    private static final Set<String> COMMON_WORDS = Set.of("a", "an", "the", "it", "its", "it's", "this", "that",
            "these", "those", "there", "they", "their", "we", "our", "you", "your", "he", "she", "in", "on", "at",
            "for", "with", "without", "to", "of", "by", "from", "after", "before", "as", "if", "when", "while",
            "because", "since", "so", "each", "every", "all", "both", "no", "not", "none", "nothing", "only", "too",
            "more", "less", "most", "some", "any", "one", "what", "which", "who", "would", "will", "could", "can",
            "may", "might", "should", "must", "does", "do", "is", "are", "was", "were", "has", "have", "had", "also",
            "even", "however", "still", "then", "much", "many", "far", "just", "nobody", "everyone", "everything");
    private static final Pattern TERMINAL = Pattern.compile("[.!?…]+$");

    private Prose() {
    }

    /** The text continuing a sentence after "because", ending in one full stop. */
    static String because(String text) {
        return InlineMarkdown.escape(sentence(lowerFirstWord(text)));
    }

    /** The text continuing a sentence after "because", with no full stop added (the caller goes on). */
    static String becauseClause(String text) {
        return InlineMarkdown.escape(withoutTerminal(lowerFirstWord(text)));
    }

    /** Paragraphs (blank lines between them), each escaped and ending as a sentence. */
    static String paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return java.util.Arrays.stream(text.strip().split("\\R\\s*\\R")).filter(p -> !p.isBlank())
                .map(p -> InlineMarkdown.escape(sentence(p))).collect(java.util.stream.Collectors.joining("\n\n"));
    }

    /** The text as a sentence: ending in one full stop, "!", "?" or "…", never "..". */
    static String sentence(String text) {
        String s = oneLine(text);
        if (s.endsWith("…") || s.endsWith("?") || s.endsWith("!")) {
            return s;
        }
        return withoutTerminal(s) + ".";
    }

    /** The text ending without a full stop, for a clause the caller continues. */
    static String withoutTerminal(String text) {
        return TERMINAL.matcher(oneLine(text)).replaceAll("").strip();
    }

    /** {@code "text"}, with the text's own double quotes as single ones so quotes never nest. */
    static String quoted(String text) {
        return "\"" + InlineMarkdown.escape(oneLine(text).replace('"', '\'').replace('“', '‘').replace('”', '’')) + "\"";
    }

    /**
     * {@code Label: text}, escaped, where text does not already start with the label ("Risk: Risk mx3p"
     * becomes "Risk: mx3p"; "risk - mx3p" too).
     */
    static String labelled(String label, String text) {
        return label + ": " + InlineMarkdown.escape(unlabelled(label, text));
    }

    /** The text without the label it may start with, unescaped: "Risk: mx3p", "risk - mx3p" and "Risk mx3p" give "mx3p". */
    static String unlabelled(String label, String text) {
        String s = oneLine(text);
        var own = Pattern.compile("^" + Pattern.quote(label) + "(\\s*[:\\-–—]\\s*|\\s+)", Pattern.CASE_INSENSITIVE).matcher(s);
        return own.find() && own.end() < s.length() ? s.substring(own.end()) : s;
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String lowerFirstWord(String text) {
        String s = oneLine(text);
        int end = 0;
        while (end < s.length() && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '\'')) {
            end++;
        }
        String word = s.substring(0, end);
        return COMMON_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !word.equals(word.toUpperCase(Locale.ROOT)) || word.equals("A")
                ? word.toLowerCase(Locale.ROOT) + s.substring(end) : s;
    }
}
