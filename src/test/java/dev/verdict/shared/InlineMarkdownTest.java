package dev.verdict.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** User text quoted in generated Markdown reads back as typed, rendered as GitHub renders (raw HTML on). */
class InlineMarkdownTest {

    private static final List<Extension> GFM = List.of(TablesExtension.create(), StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(GFM).build();
    /** GitHub passes raw HTML through (then sanitises); escapeHtml off is the harsher test. */
    private static final HtmlRenderer GITHUB_LIKE = HtmlRenderer.builder().extensions(GFM).escapeHtml(false).build();

    @Test
    void an_html_tag_is_escaped_and_rendered_as_text() {
        String escaped = InlineMarkdown.escape("Use <img src=x onerror=alert(1)> now");

        assertThat(escaped).isEqualTo("Use \\<img src=x onerror=alert(1)\\> now");
        assertThat(GITHUB_LIKE.render(PARSER.parse(escaped)))
                .isEqualTo("<p>Use &lt;img src=x onerror=alert(1)&gt; now</p>\n");
    }

    @Test
    void each_markup_character_and_a_leading_block_marker_is_escaped() {
        assertThat(InlineMarkdown.escape("*bold* _em_ `code` [link](x) ~~gone~~ a & b {x} \\n"))
                .isEqualTo("\\*bold\\* \\_em\\_ \\`code\\` \\[link\\](x) \\~\\~gone\\~\\~ a \\& b \\{x\\} \\\\n");
        assertThat(InlineMarkdown.escape("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(InlineMarkdown.escape("- not a bullet")).isEqualTo("\\- not a bullet");
        assertThat(InlineMarkdown.escape("1. not a list")).isEqualTo("1\\. not a list");
        assertThat(InlineMarkdown.escape("2) not a list")).isEqualTo("2\\) not a list");
    }

    @Test
    void line_breaks_become_one_space_and_a_cell_escapes_its_pipes() {
        assertThat(InlineMarkdown.escape("first line\r\n  second\nthird ")).isEqualTo("first line second third");
        assertThat(InlineMarkdown.cell("a | b")).isEqualTo("a \\| b");
        assertThat(InlineMarkdown.cell("2. Goals")).isEqualTo("2. Goals");
        assertThat(GITHUB_LIKE.render(PARSER.parse("| x |\n| --- |\n| " + InlineMarkdown.cell("a | <b>") + " |\n")))
                .contains("<td>a | &lt;b&gt;</td>");
        assertThat(InlineMarkdown.escape(null)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("typed")
    void whatever_is_typed_renders_as_the_same_text(String typed) {
        Node doc = PARSER.parse(InlineMarkdown.escape(typed));

        assertThat(MarkdownSource.plainText(doc)).isEqualTo(typed.strip().replaceAll("\\s+", " "));
        assertThat(GITHUB_LIKE.render(doc)).doesNotContain("<img", "<a ", "<em>", "<strong>", "<code>", "<h1>", "<ul>", "<ol>", "<del>");
    }

    /** 2 000 strings of up to 30 characters drawn from Markdown's markup and a few letters, seeded. */
    static Stream<String> typed() {
        String alphabet = "<>&[]()*_`~#-+=.!|\\{}:;\"' \n\t1aZé";
        Random random = new Random(20261201);
        return IntStream.range(0, 2000).mapToObj(i -> {
            var text = new StringBuilder();
            for (int n = random.nextInt(31); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return text.toString();
        });
    }
}
