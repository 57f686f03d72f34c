package dev.verdict.publishing.git;

import dev.verdict.repository.AdrConvention;
import dev.verdict.repository.AdrMetadata;
import dev.verdict.shared.MarkdownSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An index of the ADRs kept beside them, regenerated with every ADR in file order, in the format
 * the repository's tool writes it:
 * <ul>
 *   <li>adr-log (MADR's own {@code index.md}): the list between {@code <!-- adrlog -->} and
 *       {@code <!-- adrlogstop -->}, one {@code * [ADR-0001](0001-use-x.md) - Use X} line per
 *       ADR, the index being the file name's leading digits and the title the first heading
 *       after the front matter without a leading "N. " (adr-log's {@code getIndex} and
 *       {@code title.replace(/^\d+\. /, '')}); the file's own list marker is kept;</li>
 *   <li>adr-tools' {@code adr generate toc}: {@code * [1. Use X](0001-use-x.md)} lines, the
 *       title being the ADR's first heading as written.</li>
 * </ul>
 * The rest of the file and its line endings are kept.
 */
final class AdrIndex {

    /** adr-log's markers: {@code /<!-- adrlog .*-->/} and {@code /<!-- adrlogstop .*-->/}. */
    private static final Pattern ADRLOG_OPEN = Pattern.compile("<!-- adrlog .*-->");
    private static final Pattern ADRLOG_CLOSE = Pattern.compile("<!-- adrlogstop .*-->");
    private static final Pattern ADRLOG_LINE = Pattern.compile("^([*-]) \\[ADR-.*\\]\\(.*\\).*$");
    /** adr-log's getIndex: {@code basename.match(/^[\d-_\\\/]*\d/m)}. */
    private static final Pattern ADRLOG_INDEX = Pattern.compile("^[\\d\\-_\\\\/]*\\d");
    private static final Pattern TOC_LINE = Pattern.compile("^([*-]) \\[(.*)\\]\\(((\\./)?\\d+-[^)]*\\.md)\\)\\s*$");

    private AdrIndex() {
    }

    /**
     * @param index     the index file as stored (any line endings)
     * @param fileNames every ADR's file name, the new one included
     * @param textOf    an ADR's text by file name (null when unreadable)
     * @return the regenerated index, or null when the file holds no list of ADRs to keep
     */
    static String regenerate(String index, List<String> fileNames, Function<String, String> textOf) {
        LineEndings endings = LineEndings.of(index);
        String text = MarkdownSource.normalize(index);
        String regenerated = ADRLOG_OPEN.matcher(text).find() && ADRLOG_CLOSE.matcher(text).find()
                ? adrLog(text, fileNames, textOf)
                : adrToolsToc(text, fileNames, textOf);
        return regenerated == null ? null : endings.restore(regenerated);
    }

    private static String adrLog(String text, List<String> fileNames, Function<String, String> textOf) {
        Matcher open = ADRLOG_OPEN.matcher(text);
        Matcher close = ADRLOG_CLOSE.matcher(text);
        if (!open.find() || !close.find(open.end())) {
            return null;
        }
        String between = text.substring(open.end(), close.start());
        String marker = between.lines().map(ADRLOG_LINE::matcher).filter(Matcher::matches).map(m -> m.group(1))
                .findFirst().orElse("*");
        List<String> lines = new ArrayList<>();
        for (String name : fileNames.stream().sorted().toList()) {
            Matcher index = ADRLOG_INDEX.matcher(name);
            String adr = textOf.apply(name);
            String title = adr == null ? name : AdrMetadata.title(AdrConvention.MADR, adr);
            lines.add(marker + " [ADR-" + (index.find() ? index.group() : name) + "](" + name + ") - " + title);
        }
        return text.substring(0, open.end()) + "\n\n" + String.join("\n", lines) + "\n\n" + text.substring(close.start());
    }

    private static String adrToolsToc(String text, List<String> fileNames, Function<String, String> textOf) {
        List<String> lines = List.of(text.split("\n", -1));
        int first = -1;
        int last = -1;
        String bullet = "*";
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = TOC_LINE.matcher(lines.get(i));
            if (m.matches()) {
                if (first < 0) {
                    first = i;
                    bullet = m.group(1);
                }
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        List<String> out = new ArrayList<>(lines.subList(0, first));
        for (String name : fileNames.stream().sorted().toList()) {
            String adr = textOf.apply(name);
            out.add(bullet + " [" + (adr == null ? name : AdrMetadata.heading(adr)) + "](" + name + ")");
        }
        out.addAll(lines.subList(last + 1, lines.size()));
        return String.join("\n", out);
    }
}
