package dev.verdict.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.Fixtures;
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


    @Test
    void footnotes_render_as_github_renders_them_with_links_both_ways() {
        assertThat(SafeMarkdown.toHtml("Text[^core] and again[^core].\n\n[^core]: The core\n    second line\n\n    more\n"))
                .isEqualTo("""
                        <div class="markdown"><p>Text<sup class="footnote-ref"><a href="#fn-core" id="fnref-core">1</a></sup> \
                        and again<sup class="footnote-ref"><a href="#fn-core" id="fnref-core-2">1</a></sup>.</p>
                        <section class="footnotes">
                        <ol>
                        <li id="fn-core">
                        <p>The core
                        second line</p>
                        <p>more <a href="#fnref-core" class="footnote-backref" aria-label="Back to reference 1">↩</a> \
                        <a href="#fnref-core-2" class="footnote-backref" aria-label="Back to reference 1-2"><sup class="footnote-ref">2</sup>↩</a></p>
                        </li>
                        </ol>
                        </section>
                        </div>""");
    }

    @Test
    void a_footnote_reference_without_a_definition_stays_as_written() {
        assertThat(SafeMarkdown.toHtml("See [^nowhere].")).isEqualTo("<div class=\"markdown\"><p>See [^nowhere].</p>\n</div>");
    }

    @Test
    void a_section_uses_the_link_and_footnote_definitions_written_elsewhere_in_its_doc() {
        String doc = """
                ---
                title: Teams
                ---
                # Doc

                ## Teams

                A [top-level team][top-level-teams][^t].

                ## References

                [top-level-teams]: https://example.com/teams "Teams"

                [^t]: Note
                    more

                    para two
                """;
        String section = "## Teams\n\nA [top-level team][top-level-teams][^t].\n";

        assertThat(SafeMarkdown.toHtml(section, doc)).isEqualTo("""
                <div class="markdown"><h2 id="user-content-teams">Teams</h2>
                <p>A <a href="https://example.com/teams" title="Teams">top-level team</a>\
                <sup class="footnote-ref"><a href="#fn-t" id="fnref-t">1</a></sup>.</p>
                <section class="footnotes">
                <ol>
                <li id="fn-t">
                <p>Note
                more</p>
                <p>para two <a href="#fnref-t" class="footnote-backref" aria-label="Back to reference 1">↩</a></p>
                </li>
                </ol>
                </section>
                </div>""");
        assertThat(SafeMarkdown.toHtml(section)).as("the section alone, as the room showed it before")
                .contains("[top-level team][top-level-teams][^t]");
    }

    @Test
    void a_definition_inside_a_block_quote_still_reaches_a_section() {
        String doc = "## One\n\nSee [the spec][spec].\n\n## Two\n\n> [spec]: https://spec.example/\n";

        assertThat(render("## One\n\nSee [the spec][spec].\n", doc).select("a").attr("href")).isEqualTo("https://spec.example/");
    }

    @Test
    void a_section_that_defines_a_link_itself_keeps_its_own_target() {
        String doc = "## One\n\n[x]: https://one.example/\n\n[Go][x]\n\n## Two\n\n[x]: https://two.example/\n";

        assertThat(render("## Two\n\n[x]: https://two.example/\n\n[Go][x]\n", doc).select("a").attr("href"))
                .isEqualTo("https://two.example/");
    }

    @Test
    void task_lists_render_as_disabled_checkboxes() {
        assertThat(SafeMarkdown.toHtml("- [x] done\n- [ ] todo\n")).isEqualTo("""
                <div class="markdown"><ul>
                <li><input checked disabled type="checkbox"> done</li>
                <li><input disabled type="checkbox"> todo</li>
                </ul>
                </div>""");
    }

    @Test
    void tables_keep_their_column_alignment_and_strikethrough_shows() {
        assertThat(SafeMarkdown.toHtml("| a | b |\n|:-|-:|\n| 1 | ~~2~~ |\n")).isEqualTo("""
                <div class="markdown"><table>
                <thead>
                <tr>
                <th align="left">a</th>
                <th align="right">b</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td align="left">1</td>
                <td align="right"><del>2</del></td>
                </tr>
                </tbody>
                </table>
                </div>""");
    }

    @Test
    void html_comments_are_hidden_not_printed() {
        assertThat(SafeMarkdown.toHtml("<!-- toc -->\n- [Summary](#summary)\n<!-- /toc -->\n\nx <!-- inline --> y\n\n"
                + "<!--\nA note to co-authors\nover lines\n-->\n\nEnd\n")).isEqualTo("""
                <div class="markdown"><ul>
                <li><a href="#summary">Summary</a></li>
                </ul>
                <p>x  y</p>
                <p>End</p>
                </div>""");
    }

    @Test
    void a_comment_beside_other_html_hides_only_the_comment_and_the_rest_stays_text() {
        assertThat(SafeMarkdown.toHtml("<!-- a --><b onclick=x>b</b>\n")).isEqualTo("""
                <div class="markdown"><p>&lt;b onclick=x&gt;b&lt;/b&gt;</p>
                </div>""");
    }

    @Test
    void an_unclosed_comment_is_shown_as_text_rather_than_hiding_the_rest_of_the_doc() {
        assertThat(render("## Risks\n\n<!-- never closed\n\nThe data may be lost.\n").text())
                .isEqualTo("Risks <!-- never closed The data may be lost.");
    }

    @Test
    void a_mermaid_block_becomes_a_pre_mermaid_holding_its_source_as_text() {
        assertThat(SafeMarkdown.toHtml("```mermaid\ngraph TD\nA[\"<img src=x onerror=alert(1)>\"]-->B\n```\n")).isEqualTo("""
                <div class="markdown"><pre class="mermaid">graph TD
                A["&lt;img src=x onerror=alert(1)&gt;"]--&gt;B
                </pre>
                </div>""");
        assertThat(SafeMarkdown.toHtml("```java\nint a;\n```\n")).isEqualTo("""
                <div class="markdown"><pre><code>int a;
                </code></pre>
                </div>""");
    }

    @Test
    void front_matter_is_metadata_not_content() {
        assertThat(SafeMarkdown.toHtml("\uFEFF---\r\ntitle: Caching\r\nstatus: draft\r\n---\r\n# Caching\r\n\r\nBody\r\n"))
                .isEqualTo("<div class=\"markdown\"><h1 id=\"user-content-caching\">Caching</h1>\n<p>Body</p>\n</div>");
        assertThat(SafeMarkdown.headings("---\ntitle: Caching\n---\n# Caching\n"))
                .containsExactly(new SafeMarkdown.Heading(1, "Caching", "user-content-caching"));
    }

    @Test
    void headings_carry_the_ids_their_rendered_elements_have() {
        String doc = "# Doc `v2`\n\n## Mermaid\n\n## Mermaid\n\nSetext\nover lines\n---\n";

        assertThat(SafeMarkdown.headings(doc)).containsExactly(
                new SafeMarkdown.Heading(1, "Doc v2", "user-content-doc-v2"),
                new SafeMarkdown.Heading(2, "Mermaid", "user-content-mermaid"),
                new SafeMarkdown.Heading(2, "Mermaid", "user-content-mermaid-1"),
                new SafeMarkdown.Heading(2, "Setext over lines", "user-content-setextover-lines"));
        assertThat(render(doc).select("h1, h2").eachAttr("id"))
                .containsExactlyElementsOf(SafeMarkdown.headings(doc).stream().map(SafeMarkdown.Heading::id).toList());
    }

    @Test
    void every_entry_of_a_kep_table_of_contents_finds_its_heading() {
        Document html = render(Fixtures.designDoc(Fixtures.KEP_1040));

        var tocLinks = html.select("ul a[href^=#]");
        assertThat(tocLinks).hasSizeGreaterThan(40);
        assertThat(tocLinks.eachAttr("href")).allSatisfy(href ->
                assertThat(html.getElementById(SafeMarkdown.ID_PREFIX + href.substring(1))).as(href).isNotNull());
        assertThat(html.text()).doesNotContain("<!--", "-->");
    }

    private static Document render(String markdown) {
        return Jsoup.parseBodyFragment(SafeMarkdown.toHtml(markdown));
    }

    private static Document render(String section, String doc) {
        return Jsoup.parseBodyFragment(SafeMarkdown.toHtml(section, doc));
    }
}
