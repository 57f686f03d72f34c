package dev.verdict.repository;

import dev.verdict.shared.MarkdownSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * An ADR's title and metadata read the way its convention's tools read them, on commonmark's
 * AST and SnakeYAML (through {@link MarkdownSource}), never by matching lines:
 * <ul>
 *   <li>the title is the first level-1 heading after the front matter, so MADR 4's template
 *       comment {@code # These are optional metadata elements…} inside the front matter is not
 *       taken for it ({@code "3. Use Rust"} as adr-tools' {@code _adr_title} gives it);</li>
 *   <li>bullet metadata ({@code - Status: accepted}, log4brains' template and MADR 2's
 *       {@code * Status: accepted}) is the first bullet list before the first section heading,
 *       keys compared case-insensitively and HTML comments ({@code <!-- optional -->}) dropped,
 *       as log4brains' own reader does;</li>
 *   <li>front matter values (MADR 3/4) come from SnakeYAML, an unquoted {@code date:} given back
 *       as {@code 2021-03-04}, not as a timestamp.</li>
 * </ul>
 * Every line number is 0-based in the text with its line endings normalised to LF.
 */
public final class AdrMetadata {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    /**
     * One metadata bullet.
     *
     * @param key    as written ("Status")
     * @param value  the rest after the colon, with links kept as Markdown and HTML comments dropped
     * @param links  the link targets inside the value
     * @param line     its first line in the LF-normalised text
     * @param lastLine its last line (a value wrapped onto the next lines ends there)
     * @param marker   the list marker ('-' or '*')
     */
    public record Bullet(String key, String value, List<String> links, int line, int lastLine, char marker) {
    }

    private AdrMetadata() {
    }

    /** The first level-1 heading after the front matter as written ("3. Use Rust"), "(untitled)" when there is none. */
    public static String heading(String text) {
        return MarkdownSource.title(text).orElse("(untitled)");
    }

    /**
     * The ADR's title as its convention shows it: adr-tools' and adr-log's drop the leading
     * number ({@code title.replace(/^\d+\. /, '')} in adr-log), log4brains keeps the heading.
     */
    public static String title(AdrConvention convention, String text) {
        String heading = heading(text);
        return convention == AdrConvention.LOG4BRAINS ? heading : heading.replaceFirst("^\\d+\\.\\s+", "");
    }

    /** The metadata bullets under the title, before the first section heading; empty when there are none. */
    public static List<Bullet> bullets(String text) {
        var split = MarkdownSource.split(text);
        int offset = (int) split.frontMatter().chars().filter(c -> c == '\n').count();
        List<Bullet> bullets = new ArrayList<>();
        for (Node block = PARSER.parse(split.body()).getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading && heading.getLevel() > 1) {
                break;
            }
            if (!(block instanceof BulletList list)) {
                continue;
            }
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem listItem && listItem.getFirstChild() instanceof Paragraph paragraph) {
                    bullet(paragraph, list.getMarker(), offset + firstLine(listItem), offset + lastLine(listItem)).ifPresent(bullets::add);
                }
            }
            if (!bullets.isEmpty()) {
                break;
            }
        }
        return List.copyOf(bullets);
    }

    /** The bullet with this key, compared case-insensitively ("Status", "status", "STATUS"). */
    public static Optional<Bullet> bullet(String text, String key) {
        return bullets(text).stream().filter(b -> b.key().equalsIgnoreCase(key)).findFirst();
    }

    /** A front matter value as text; a YAML timestamp ({@code date: 2021-03-04}) as its ISO date. */
    public static Optional<String> frontMatter(String text, String key) {
        Object value = MarkdownSource.split(text).values().get(key);
        if (value instanceof Date date) {
            return Optional.of(date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString());
        }
        return value == null || value instanceof Map || value instanceof Collection
                ? Optional.empty() : Optional.of(value.toString().strip());
    }

    /**
     * A front matter value that may be a list: a YAML sequence ({@code tags: [caching, performance]}
     * or one item a line) item by item, a string ({@code decision-makers: Alice, Bob}) split at its
     * commas; each stripped, empty ones dropped. Empty when the key is missing or holds a map.
     */
    public static List<String> frontMatterList(String text, String key) {
        Object value = MarkdownSource.split(text).values().get(key);
        if (value instanceof Collection<?> items) {
            return items.stream().filter(Objects::nonNull).map(i -> i.toString().strip()).filter(i -> !i.isEmpty()).toList();
        }
        return value == null || value instanceof Map ? List.of() : commaSeparated(value.toString());
    }

    /** "caching, performance" as its items, each stripped, empty ones dropped. */
    public static List<String> commaSeparated(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** Whether the ADR has front matter at all (MADR 3/4), even without values. */
    public static boolean hasFrontMatter(String text) {
        return !MarkdownSource.split(text).frontMatter().isEmpty();
    }

    private static Optional<Bullet> bullet(Paragraph paragraph, String marker, int line, int lastLine) {
        List<String> links = new ArrayList<>();
        String text = inline(paragraph, links).strip();
        int colon = text.indexOf(':');
        if (colon <= 0 || text.substring(0, colon).isBlank() || text.substring(0, colon).contains("[")) {
            return Optional.empty();
        }
        char m = marker == null || marker.isEmpty() ? '-' : marker.charAt(0);
        return Optional.of(new Bullet(text.substring(0, colon).strip(), text.substring(colon + 1).strip(),
                List.copyOf(links), line, lastLine, m));
    }

    private static int firstLine(Block block) {
        var spans = block.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.getFirst().getLineIndex();
    }

    private static int lastLine(Block block) {
        var spans = block.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.getLast().getLineIndex();
    }

    /** Inline content back as Markdown text: links kept, raw HTML (comments) dropped, line breaks as spaces. */
    private static String inline(Node parent, List<String> links) {
        StringBuilder out = new StringBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text t -> out.append(t.getLiteral());
                case Code c -> out.append('`').append(c.getLiteral()).append('`');
                case HtmlInline ignored -> { }
                case SoftLineBreak ignored -> out.append(' ');
                case HardLineBreak ignored -> out.append(' ');
                case Link link -> {
                    links.add(link.getDestination());
                    out.append('[').append(inline(link, new ArrayList<>())).append("](").append(link.getDestination()).append(')');
                }
                default -> out.append(inline(node, links));
            }
        }
        return out.toString().replaceAll("\\s+", " ");
    }
}
