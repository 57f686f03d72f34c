package dev.verdict.publishing.git;

import dev.verdict.shared.MarkdownSource;

/**
 * The line endings (and byte order mark) a file was saved with, so a file Verdict rewrites goes
 * back the way it came: an ADR saved with CRLF on Windows stays CRLF, and git shows only the
 * lines that changed. Edits are made on the LF text {@link MarkdownSource#normalize} gives.
 */
record LineEndings(boolean bom, String eol) {

    /** CRLF when the file has any CRLF, bare CR when it has only those, else LF. */
    static LineEndings of(String raw) {
        boolean bom = raw != null && raw.startsWith("\uFEFF");
        if (raw == null || raw.indexOf('\r') < 0) {
            return new LineEndings(bom, "\n");
        }
        return new LineEndings(bom, raw.contains("\r\n") ? "\r\n" : "\r");
    }

    /** The LF text written back with this file's line endings and byte order mark. */
    String restore(String lfText) {
        String text = eol.equals("\n") ? lfText : lfText.replace("\n", eol);
        return bom ? "\uFEFF" + text : text;
    }
}
