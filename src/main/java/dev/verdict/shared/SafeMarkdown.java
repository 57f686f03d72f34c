package dev.verdict.shared;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Renders Markdown written by anyone into HTML that cannot run anything: raw HTML in the source
 * is shown as text, unsafe link schemes are dropped, and the result passes an allow-list as a
 * second line of defence.
 */
public final class SafeMarkdown {

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img")
            .addAttributes(":all", "id")
            .addProtocols("a", "href", "#", "http", "https", "mailto");

    private SafeMarkdown() {
    }

    /** A heading of the doc with the id its rendered element carries, for an outline that jumps to it. */
    public record Heading(int level, String text, String id) {
    }

    /** The doc's headings in order, with the same ids {@link #toHtml} gives them. */
    public static List<Heading> headings(String markdown) {
        var ids = org.commonmark.ext.heading.anchor.IdGenerator.builder().build();
        List<Heading> headings = new java.util.ArrayList<>();
        PARSER.parse(markdown == null ? "" : markdown).accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Heading heading) {
                var text = new StringBuilder();
                heading.accept(new org.commonmark.node.AbstractVisitor() {
                    @Override
                    public void visit(org.commonmark.node.Text t) {
                        text.append(t.getLiteral());
                    }

                    @Override
                    public void visit(org.commonmark.node.Code c) {
                        text.append(c.getLiteral());
                    }
                });
                headings.add(new Heading(heading.getLevel(), text.toString().strip(), ids.generateId(text.toString())));
            }
        });
        return headings;
    }

    /** HTML with a single root element, safe to hand to the browser as markup. */
    public static String toHtml(String markdown) {
        String unsafe = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(unsafe, "", ALLOWED, out);
        return "<div class=\"markdown\">" + clean + "</div>";
    }
}
