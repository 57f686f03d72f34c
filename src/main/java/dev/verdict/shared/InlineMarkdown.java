package dev.verdict.shared;

import java.util.regex.Pattern;

/**
 * User text quoted inside Markdown that Verdict writes (summary, ADR): whatever the person typed
 * reads back as the same characters in every renderer, never as markup or HTML. Every ASCII
 * punctuation character CommonMark (0.31, section 2.4) lets a backslash escape and that could
 * start markup is escaped: {@code \ ` * _ [ ] < > & ~ { }} ({@code { }} for MDX, which log4brains
 * renders), and a line-leading block marker ({@code #}, {@code -}, {@code +}, {@code =},
 * {@code 1.}, {@code 1)}) is escaped too. Line breaks become one space. So
 * {@code <img src=x onerror=alert(1)>} becomes {@code \<img src=x onerror=alert(1)\>}, which
 * GitHub, commonmark-java, adr-tools' TOC links and log4brains all show as the text typed.
 */
public final class InlineMarkdown {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])");
    private static final String ESCAPED = "\\`*_[]<>&~{}";

    private InlineMarkdown() {
    }

    /** The text on one line, every markup character escaped; {@code null} gives {@code ""}. */
    public static String escape(String text) {
        String escaped = inline(text);
        if (escaped.startsWith("#") || escaped.startsWith("-") || escaped.startsWith("+") || escaped.startsWith("=")) {
            return "\\" + escaped;
        }
        return ORDERED_MARKER.matcher(escaped).replaceFirst("$1\\\\$2");
    }

    /**
     * {@link #escape} for a table cell: a pipe would end the cell, so it is escaped as well (GFM
     * tables); a cell starts no block, so "2. Goals" stays as written.
     */
    public static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    private static String inline(String text) {
        if (text == null) {
            return "";
        }
        String line = LINE_BREAKS.matcher(text).replaceAll(" ").strip();
        var out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (ESCAPED.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
