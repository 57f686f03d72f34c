package dev.verdict.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void raw_script_in_the_doc_is_shown_as_text_not_run() {
        Document html = render("## Plan\n\n<script>window.__xss = 1</script>\n");

        assertThat(html.select("script")).isEmpty();
        assertThat(html.text()).contains("<script>window.__xss = 1</script>");
    }

    @Test
    void event_handler_attributes_never_reach_the_page() {
        Document html = render("<img src=x onerror=\"window.__xss = 2\">\n\n<b onmouseover=alert(1)>hover</b>");

        for (Element element : html.getAllElements()) {
            assertThat(element.attributes().asList()).noneMatch(a -> a.getKey().startsWith("on"));
        }
        assertThat(html.select("img")).isEmpty();
    }

    @Test
    void javascript_links_are_dropped_and_safe_links_kept() {
        Document html = render("[evil](javascript:alert(1)) [data](data:text/html,x) [docs](https://example.com/a)");

        assertThat(html.select("a[href^=javascript]")).isEmpty();
        assertThat(html.select("a[href^=data]")).isEmpty();
        assertThat(html.select("a[href=https://example.com/a]")).hasSize(1);
    }

    @Test
    void markdown_structure_is_kept() {
        Document html = render("## Alternatives\n\n| Option | Pros |\n|---|---|\n| CRDT | No server |\n\n```\ncode\n```\n");

        assertThat(html.select("h2").text()).isEqualTo("Alternatives");
        assertThat(html.select("table td").eachText()).containsExactly("CRDT", "No server");
        assertThat(html.select("pre code").text()).isEqualTo("code");
    }

    @Test
    void the_result_has_a_single_root_element() {
        assertThat(Jsoup.parseBodyFragment(SafeMarkdown.toHtml("a\n\nb")).body().children()).hasSize(1);
    }

    private static Document render(String markdown) {
        return Jsoup.parseBodyFragment(SafeMarkdown.toHtml(markdown));
    }
}
