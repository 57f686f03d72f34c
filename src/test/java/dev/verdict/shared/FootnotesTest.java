package dev.verdict.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class FootnotesTest {

    private static final List<org.commonmark.Extension> OURS = List.of(new Footnotes());

    @Test
    void the_served_footnotes_extension_still_cannot_parse_a_reference_on_this_commonmark() {
        // When this fails, commonmark-ext-footnotes matches the core: use FootnotesExtension.create() and drop Footnotes.
        Parser parser = Parser.builder().extensions(List.of(FootnotesExtension.create())).build();

        assertThatThrownBy(() -> parser.parse("Text[^1]\n\n[^1]: Note\n")).isInstanceOf(NoSuchMethodError.class)
                .hasMessageContaining("LinkInfo.text()");
    }

    @Test
    void a_footnote_label_followed_by_a_defined_link_label_stays_a_link() {
        assertThat(render("[^a][b]\n\n[^a]: Note\n\n[b]: https://b.example/\n"))
                .isEqualTo("<p><a href=\"https://b.example/\">^a</a></p>\n");
    }

    @Test
    void an_inline_link_that_starts_with_a_caret_stays_a_link() {
        assertThat(render("[^a](https://a.example/)\n\n[^a]: Note\n")).isEqualTo("<p><a href=\"https://a.example/\">^a</a></p>\n");
    }

    @Test
    void labels_match_without_regard_to_case_as_link_labels_do() {
        assertThat(render("See[^Core].\n\n[^core]: Note\n")).startsWith(
                "<p>See<sup class=\"footnote-ref\"><a href=\"#fn-core\" id=\"fnref-core\" data-footnote-ref>1</a></sup>.</p>");
    }

    private static String render(String markdown) {
        return HtmlRenderer.builder().extensions(OURS).build().render(Parser.builder().extensions(OURS).build().parse(markdown));
    }
}
