package dev.verdict.agenda;

import dev.verdict.shared.MarkdownSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The sections of a design doc as people write them: the doc is first normalised by
 * {@link MarkdownSource} (BOM, CRLF / bare CR line endings, front matter), headings inside code
 * blocks and HTML comments ignored, setext headings over several lines joined with a space, the top level taken as H1 when the doc has several H1s
 * (RFC style) and H2 otherwise (a single H1 is the title), deeper headings folded into their
 * top-level section.
 */
public final class DocOutline {

    /** A heading of any level with its own text up to the next heading of the same or a higher level. */
    public record Section(String title, int level, String body, List<Section> subsections) {

        /** The title without numbering ("5. Proposed Solution" → "proposed solution"), for matching. */
        public String normalizedTitle() {
            return normalize(title);
        }

        public int words() {
            String trimmed = HEADING_LINE.matcher(body).replaceAll(" ").strip();
            return trimmed.isEmpty() ? 0 : WHITESPACE.split(trimmed).length;
        }

        /** This section and every section below it. */
        public List<Section> flatten() {
            List<Section> all = new ArrayList<>();
            all.add(this);
            subsections.forEach(s -> all.addAll(s.flatten()));
            return all;
        }
    }

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private DocOutline() {
    }

    /** Every section's title, in document order, nested ones included, each once. */
    public static List<String> titles(String markdown) {
        return of(markdown).stream().flatMap(s -> s.flatten().stream()).map(Section::title).distinct().toList();
    }

    /** The top-level sections, each with its subsections. */
    public static List<Section> of(String markdown) {
        String[] lines = MarkdownSource.body(markdown).split("\n", -1);
        List<int[]> headings = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        PARSER.parse(String.join("\n", lines)).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String title = MarkdownSource.plainText(heading);
                if (!title.isEmpty() && !heading.getSourceSpans().isEmpty()) {
                    headings.add(new int[] {heading.getSourceSpans().getFirst().getLineIndex(), heading.getLevel()});
                    titles.add(title);
                }
            }
        });
        long h1 = headings.stream().filter(h -> h[1] == 1).count();
        int top = h1 >= 2 ? 1 : 2;
        return build(lines, headings, titles, 0, headings.size(), top);
    }

    private static List<Section> build(String[] lines, List<int[]> headings, List<String> titles, int from, int to, int level) {
        List<Section> sections = new ArrayList<>();
        int i = from;
        while (i < to) {
            int[] h = headings.get(i);
            if (h[1] != level) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < to && headings.get(end)[1] > level) {
                end++;
            }
            int lastLine = end < headings.size() ? headings.get(end)[0] : lines.length;
            String body = String.join("\n", Arrays.copyOfRange(lines, h[0], lastLine));
            sections.add(new Section(titles.get(i), level, body,
                    build(lines, headings, titles, i + 1, end, level + 1)));
            i = end;
        }
        // Deeper headings without a parent at this level (e.g. H3 directly under the title) are kept at the next level.
        if (sections.isEmpty() && from < to && level < 6) {
            return build(lines, headings, titles, from, to, level + 1);
        }
        return sections;
    }

    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile("^\\s*(\\d+(\\.\\d+)*\\.?|[ivx]+\\.)\\s+");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z0-9+/&-]+");
    private static final java.util.regex.Pattern HEADING_LINE = java.util.regex.Pattern.compile("(?m)^#+ .*$");
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    static String normalize(String title) {
        String lower = title.toLowerCase(Locale.ROOT).replace("(optional)", "");
        return NOT_WORD.matcher(NUMBERING.matcher(lower).replaceFirst("")).replaceAll(" ").strip();
    }
}
