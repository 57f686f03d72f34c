package dev.verdict.shared;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.internal.FootnoteBlockParser;
import org.commonmark.ext.footnotes.internal.FootnoteHtmlNodeRenderer;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * GitHub's footnotes ({@code text[^core]} with {@code [^core]: the note} anywhere in the doc) on
 * commonmark 0.32: the block parser, nodes and renderer of {@code commonmark-ext-footnotes}
 * 0.28.0 (the newest served here), with the one piece that no longer links against 0.32 written
 * anew: 0.28's link processor calls {@code LinkInfo.text()}, which 0.32 replaced with
 * {@code text(Scanner)} ({@code NoSuchMethodError} on the first {@code [^x]}). Once
 * {@code commonmark-ext-footnotes} 0.32 is available, {@code FootnotesExtension.create()} replaces
 * this class. Inline footnotes ({@code ^[note]}) are not GitHub syntax and stay off, as in the
 * extension's default.
 */
final class Footnotes implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    @Override
    public void extend(Parser.Builder parser) {
        parser.customBlockParserFactory(new FootnoteBlockParser.Factory());
        parser.linkProcessor(new References());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(FootnoteHtmlNodeRenderer::new);
    }

    /**
     * {@code [^label]} becomes a footnote reference when the doc defines {@code [^label]:}; a
     * link with a destination, or with a following {@code [label]} that is a defined link, stays
     * a link (the extension's own rules).
     */
    private static final class References implements LinkProcessor {

        @Override
        public LinkResult process(LinkInfo link, Scanner scanner, InlineParserContext context) {
            if (link.destination() != null) {
                return LinkResult.none();
            }
            String text = link.text(scanner);
            if (!text.startsWith("^")) {
                return LinkResult.none();
            }
            if (link.label() != null && context.getDefinition(LinkReferenceDefinition.class, link.label()) != null) {
                return LinkResult.none();
            }
            String label = text.substring(1);
            if (context.getDefinition(FootnoteDefinition.class, label) == null) {
                return LinkResult.none();
            }
            return LinkResult.replaceWith(new FootnoteReference(label), link.afterTextBracket());
        }
    }
}
