package dev.verdict.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.CoreHtmlNodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Renders Markdown written by anyone into HTML that cannot run anything, the way GitHub and GitLab
 * show it: tables, task lists, strikethrough and footnotes (GitHub Flavored Markdown), heading
 * anchors, HTML comments hidden, {@code ```mermaid} blocks handed to Mermaid. Raw HTML in the
 * source is shown as text, unsafe link schemes are dropped, and the result passes an allow-list as
 * a second line of defence.
 *
 * <p>Every entry first goes through {@link MarkdownSource#normalize} and loses its front matter
 * ({@link MarkdownSource#split}): metadata, not content.
 *
 * <p>Ids the doc gives (headings, footnotes) carry GitHub's {@value #ID_PREFIX} prefix on
 * headings, so a heading called "Outlet" or "Mermaid" cannot take the id of the page's own
 * elements or shadow a global; an in-doc link {@code #summary} still finds
 * {@code user-content-summary} through the reader's link handler (as on GitHub).
 */
public final class SafeMarkdown {

    /** GitHub's prefix for ids coming from user content. */
    public static final String ID_PREFIX = "user-content-";
    /** The class of a {@code <pre>} holding a Mermaid diagram's source, as Mermaid's own docs mark it. */
    public static final String MERMAID_CLASS = "mermaid";

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            TaskListItemsExtension.create(),
            new Footnotes(),
            HeadingAnchorExtension.builder().idPrefix(ID_PREFIX).build());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).postProcessor(new HiddenComments()).build();
    /**
     * Only to find where a doc's definitions are written, to lend them to one of its sections:
     * definitions are blocks, so inline parsing is skipped (a section of the 153 KB KEP-1040 renders in 2.8 ms instead of 6.7).
     */
    private static final Parser SPANNING_PARSER = Parser.builder().extensions(EXTENSIONS)
            .inlineParserFactory(context -> (lines, block) -> { })
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .nodeRendererFactory(MermaidBlocks::new)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    /**
     * jsoup's relaxed list minus images, plus what GitHub's renderer needs: ids (anchors,
     * footnotes), table alignment, {@code del}, footnotes' {@code section}/{@code sup} and
     * back-link label, a disabled checkbox for task lists, and the Mermaid class on {@code pre}.
     */
    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img")
            .addTags("del", "section", "input", "hr")
            .addAttributes(":all", "id")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("section", "class")
            .addAttributes("sup", "class")
            .addAttributes("a", "class", "aria-label")
            .addAttributes("pre", "class")
            .addAttributes("input", "checked")
            .addEnforcedAttribute("input", "type", "checkbox")
            .addEnforcedAttribute("input", "disabled", "disabled")
            .addProtocols("a", "href", "#", "http", "https", "mailto");

    private SafeMarkdown() {
    }

    /** A heading of the doc with the id its rendered element carries, for an outline that jumps to it. */
    public record Heading(int level, String text, String id) {
    }

    /** The doc's headings in order (front matter left out), with the same ids {@link #toHtml} gives them. */
    public static List<Heading> headings(String markdown) {
        IdGenerator ids = IdGenerator.builder().prefix(ID_PREFIX).build();
        List<Heading> headings = new ArrayList<>();
        PARSER.parse(MarkdownSource.body(markdown)).accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Heading heading) {
                headings.add(new Heading(heading.getLevel(), MarkdownSource.plainText(heading), ids.generateId(idText(heading))));
            }
        });
        return headings;
    }

    /** HTML with a single root element, safe to hand to the browser as markup. */
    public static String toHtml(String markdown) {
        return clean(RENDERER.render(PARSER.parse(MarkdownSource.body(markdown))));
    }

    /**
     * One section of a doc, rendered as it reads inside the whole doc: the doc's link reference
     * definitions ({@code [team]: https://...}) and footnote definitions ({@code [^core]: ...})
     * apply to it wherever in the doc they are written, as CommonMark defines them for the
     * document. A definition the section makes itself comes first and wins.
     */
    public static String toHtml(String section, String wholeDoc) {
        String definitions = definitions(MarkdownSource.body(wholeDoc));
        String source = MarkdownSource.normalize(section);
        return toHtml(definitions.isEmpty() ? source : source + "\n\n" + definitions);
    }

    private static String clean(String unsafe) {
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return "<div class=\"markdown\">" + Jsoup.clean(unsafe, "", ALLOWED, out) + "</div>";
    }

    /**
     * The doc's link reference and footnote definitions as written, each on its own lines. One
     * written at the top level is copied with its continuation lines (a footnote's later
     * paragraphs); one inside a block quote or list is copied from its own spans.
     */
    private static String definitions(String doc) {
        List<String> found = new ArrayList<>();
        SPANNING_PARSER.parse(doc).accept(new AbstractVisitor() {
            @Override
            public void visit(LinkReferenceDefinition definition) {
                found.add(source(definition));
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof FootnoteDefinition) {
                    found.add(source(block));
                } else {
                    visitChildren(block);
                }
            }

            private String source(Node node) {
                List<SourceSpan> spans = node.getSourceSpans();
                SourceSpan first = spans.getFirst();
                SourceSpan last = spans.getLast();
                if (first.getColumnIndex() == 0) {
                    return doc.substring(first.getInputIndex(), last.getInputIndex() + last.getLength());
                }
                return String.join("\n", spans.stream()
                        .map(s -> doc.substring(s.getInputIndex(), s.getInputIndex() + s.getLength())).toList());
            }
        });
        return String.join("\n\n", found);
    }

    /** The text HeadingAnchorExtension makes a heading's id from: its text and code, nothing else. */
    private static String idText(org.commonmark.node.Heading heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }
        });
        return text.toString();
    }

    /**
     * HTML comments ({@code <!-- toc -->}, notes to co-authors) are hidden as GitHub hides them,
     * not printed as escaped text: comment-only HTML blocks and inline comments leave the tree,
     * and a block mixing a comment with other HTML keeps the rest, still shown as text.
     */
    private static final class HiddenComments implements PostProcessor {

        /** An HTML comment as CommonMark 0.31 defines it: {@code <!-->}, {@code <!--->} or {@code <!-- ... -->}. */
        private static final Pattern COMMENT = Pattern.compile("<!--(?:-?>|[\\s\\S]*?-->)");

        @Override
        public Node process(Node document) {
            List<Node> hidden = new ArrayList<>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(HtmlBlock block) {
                    String rest = COMMENT.matcher(block.getLiteral()).replaceAll("");
                    if (rest.isBlank()) {
                        hidden.add(block);
                    } else {
                        block.setLiteral(rest.strip());
                    }
                }

                @Override
                public void visit(HtmlInline inline) {
                    if (COMMENT.matcher(inline.getLiteral()).matches()) {
                        hidden.add(inline);
                    }
                }
            });
            for (Node node : hidden) {
                Node parent = node.getParent();
                node.unlink();
                if (parent instanceof Paragraph paragraph && onlyBreaks(paragraph)) {
                    paragraph.unlink();
                }
            }
            return document;
        }

        private static boolean onlyBreaks(Paragraph paragraph) {
            for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                boolean blank = child instanceof SoftLineBreak || child instanceof HardLineBreak
                        || child instanceof Text text && text.getLiteral().isBlank();
                if (!blank) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A {@code ```mermaid} block becomes {@code <pre class="mermaid">} with its source as escaped
     * text, the markup Mermaid's {@code run()} looks for; every other fenced block renders as
     * commonmark renders it.
     */
    private static final class MermaidBlocks implements NodeRenderer {

        private final HtmlWriter html;
        private final CoreHtmlNodeRenderer core;

        MermaidBlocks(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
            this.core = new CoreHtmlNodeRenderer(context);
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FencedCodeBlock.class);
        }

        @Override
        public void render(Node node) {
            FencedCodeBlock block = (FencedCodeBlock) node;
            String info = block.getInfo() == null ? "" : block.getInfo().strip();
            if (!info.split("\\s+", 2)[0].equals(MERMAID_CLASS)) {
                core.render(node);
                return;
            }
            html.line();
            html.tag("pre", Map.of("class", MERMAID_CLASS));
            html.text(block.getLiteral());
            html.tag("/pre");
            html.line();
        }
    }
}
