package dev.verdict.publishing;

import dev.verdict.preread.CommentView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The whole review as one ZIP for a change record: {@code summary.md}, {@code summary.pdf}, the ADR
 * under its file name, the design doc as reviewed (under its file name in the repository, at the
 * pinned commit), and the pre-read comments as {@code comments.csv} (RFC 4180, UTF-8, one row per
 * comment or reply; a reply names its thread's first comment; text that a spreadsheet would
 * take for a formula starts with a quote mark).
 */
final class ReviewArchive {

    private ReviewArchive() {
    }

    /** One file of the archive. */
    record Entry(String name, byte[] bytes) {
        static Entry text(String name, String text) {
            return new Entry(name, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    static byte[] zip(List<Entry> entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                zip.write(entry.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The comments and their replies, oldest thread first. */
    static String commentsCsv(List<CommentView> threads) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("id", "reply_to", "section", "kind", "author", "created_at", "quote", "comment", "resolved",
                        "resolution_note", "outdated")
                .get())) {
            for (CommentView thread : threads) {
                row(csv, thread, null);
                for (CommentView reply : thread.replies()) {
                    row(csv, reply, thread);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void row(CSVPrinter csv, CommentView c, CommentView thread) throws IOException {
        csv.printRecord(c.id(), thread == null ? "" : thread.id(), cell(c.section()), c.kind() == null ? "" : c.kind().label(),
                cell(c.author().displayName()), c.createdAt(), cell(c.quote()), cell(c.body()), c.resolved(),
                cell(c.resolutionNote()), c.outdated());
    }

    /** Text as a spreadsheet shows it, never as a formula: a leading = + - @ or control character gets a quote mark. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
