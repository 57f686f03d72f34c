package dev.verdict.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The one entry normalisation for Markdown written elsewhere (pasted, uploaded, read from git):
 * a leading UTF-8 byte order mark is dropped and every line ending (CRLF, bare CR, LF, any mix)
 * becomes LF, so the outline, the planner, readiness, the reader, the room and the title
 * suggestion all see the same lines. Front matter (a YAML block between {@code ---} fences at
 * the very top, as Jekyll, Hugo, MADR and KEPs write it) is parsed with SnakeYAML, never by
 * matching lines.
 */
public final class MarkdownSource {

    private static final char BOM = '\uFEFF';
    /** The closing fence of front matter: {@code ---} or YAML's document end {@code ...}, alone on its line. */
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\n(.*?\\n)?(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
    private static final Parser PARSER = Parser.builder().build();

    /**
     * A doc split at its front matter.
     *
     * @param values the front matter's top-level keys with SnakeYAML's values (String, Number,
     *               Boolean, List, Map, Date); empty when there is none or it is not a YAML mapping
     * @param frontMatter the front matter block as written, fences included ({@code ""} when none)
     * @param body    everything after the front matter, unchanged
     */
    public record Split(Map<String, Object> values, String frontMatter, String body) {

        /** A front matter value as text ({@code null} when absent or not a scalar). */
        public String text(String key) {
            Object value = values.get(key);
            return value == null || value instanceof Map || value instanceof List ? null : value.toString().strip();
        }
    }

    private MarkdownSource() {
    }

    /**
     * The text with a leading BOM removed and all line endings as LF; {@code null} gives {@code ""}.
     * Idempotent, so callers further in may apply it again safely.
     */
    public static String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        int start = 0;
        while (start < raw.length() && raw.charAt(start) == BOM) {
            start++;
        }
        String text = start == 0 ? raw : raw.substring(start);
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Splits off the front matter of a doc (normalised first). Front matter that is not valid
     * YAML, or not a mapping, still counts as front matter (it is not shown as content) but
     * gives no values.
     */
    public static Split split(String markdown) {
        String text = normalize(markdown);
        Matcher m = FRONT_MATTER.matcher(text);
        if (!m.find()) {
            return new Split(Map.of(), "", text);
        }
        String yaml = m.group(1) == null ? "" : m.group(1);
        return new Split(parseYaml(yaml), m.group(), text.substring(m.end()));
    }

    /** The doc without its front matter, normalised. */
    public static String body(String markdown) {
        return split(markdown).body();
    }

    /**
     * The title a person would give the doc: its first H1 (ATX {@code # Title} or setext
     * {@code Title\n===}, a multi-line setext heading joined with spaces), else the front
     * matter's {@code title}.
     */
    public static Optional<String> title(String markdown) {
        Split split = split(markdown);
        String[] found = new String[1];
        PARSER.parse(split.body()).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (found[0] == null && heading.getLevel() == 1) {
                    String text = plainText(heading);
                    if (!text.isEmpty()) {
                        found[0] = text;
                    }
                }
            }
        });
        if (found[0] != null) {
            return Optional.of(found[0]);
        }
        String fromFrontMatter = split.text("title");
        return fromFrontMatter == null || fromFrontMatter.isEmpty() ? Optional.empty() : Optional.of(fromFrontMatter);
    }

    /**
     * A heading's (or any node's) text as a reader sees it: inline code kept, emphasis and links
     * reduced to their words, line breaks inside a setext heading as one space.
     */
    public static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak b) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak b) {
                text.append(' ');
            }
        });
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static Map<String, Object> parseYaml(String yaml) {
        if (yaml.isBlank()) {
            return Map.of();
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(256 * 1024);
        try {
            Object loaded = new Yaml(new SafeConstructor(options)).load(yaml);
            if (loaded instanceof Map<?, ?> map) {
                Map<String, Object> values = new LinkedHashMap<>();
                map.forEach((k, v) -> values.put(String.valueOf(k), v));
                return values;
            }
        } catch (YAMLException e) {
            // Not YAML after all: still front matter by its fences, just without values.
        }
        return Map.of();
    }
}
