package dev.verdict.publishing;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.verdict.shared.SafeMarkdown;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * The summary as a printable PDF (A4), rendered by openhtmltopdf from the same HTML the preview
 * shows: {@link SafeMarkdown} first (raw HTML in titles or comments is text, unsafe links dropped),
 * then jsoup's well-formed DOM. The renderer fetches nothing: images become their alt text and every
 * external resource is refused, so a doc cannot make the server call out. Text uses the PDF
 * standard fonts (Latin-1 and the usual typographic marks; other characters print as "#").
 */
final class SummaryPdf {

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm; }
            body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.4; }
            h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 14pt; } h3 { font-size: 12pt; }
            table { border-collapse: collapse; } th, td { border: 1px solid #999; padding: 2pt 4pt; }
            pre, code { font-family: monospace; font-size: 9pt; } pre { white-space: pre-wrap; }
            blockquote { margin-left: 0; padding-left: 8pt; border-left: 2pt solid #999; }
            """;

    private SummaryPdf() {
    }

    /** The PDF's bytes for a summary in Markdown; {@code title} is the document's title (metadata). */
    static byte[] render(String title, String markdown) {
        Document html = Jsoup.parse("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title></title><style></style></head><body></body></html>");
        html.title(title);
        html.selectFirst("style").appendText(STYLE);
        html.body().html(SafeMarkdown.toHtml(markdown));
        html.select("img").forEach(img -> img.replaceWith(new org.jsoup.nodes.TextNode(img.attr("alt"))));
        var out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withW3cDocument(new W3CDom().fromJsoup(html), "about:blank")
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
