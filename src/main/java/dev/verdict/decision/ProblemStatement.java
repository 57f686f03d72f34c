package dev.verdict.decision;

import dev.verdict.agenda.SectionKind;
import dev.verdict.shared.MarkdownSource;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;

/**
 * The problem a design doc sets out, for the ADR's Context: the opening paragraphs of its problem
 * section (problem, motivation, background, context: {@link SectionKind#PROBLEM}), else of its
 * summary (summary, abstract, overview, TL;DR), as plain text at most {@value #MAX} characters long,
 * cut at a sentence end. The whole doc is parsed with commonmark, so reference links resolve to
 * their words and no link definition needs copying (markdownlint MD052).
 */
final class ProblemStatement {

    static final int MAX = 600;
    private static final Parser PARSER = Parser.builder().build();

    private ProblemStatement() {
    }

    static Optional<String> of(String designDoc) {
        if (designDoc == null || designDoc.isBlank()) {
            return Optional.empty();
        }
        Node doc = PARSER.parse(MarkdownSource.body(MarkdownSource.normalize(designDoc)));
        return excerpt(doc, true).or(() -> excerpt(doc, false));
    }

    private static Optional<String> excerpt(Node doc, boolean problem) {
        for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && (problem ? isProblem(heading) : isSummary(heading))) {
                String text = paragraphsAfter(heading);
                if (!text.isBlank()) {
                    return Optional.of(bounded(text));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isProblem(Heading heading) {
        return SectionKind.of(words(heading)).filter(k -> k == SectionKind.PROBLEM).isPresent();
    }

    private static boolean isSummary(Heading heading) {
        String words = " " + words(heading) + " ";
        return words.contains(" summary ") || words.contains(" abstract ") || words.contains(" overview ")
                || words.contains(" tl dr ");
    }

    private static String words(Heading heading) {
        return MarkdownSource.plainText(heading).toLowerCase(Locale.ROOT).replaceAll("^\\s*[\\divx.]+\\s+", "")
                .replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** The paragraphs under the heading, through its subsections, until a heading of its level or higher. */
    private static String paragraphsAfter(Heading heading) {
        var text = new StringBuilder();
        for (Node node = heading.getNext(); node != null && text.length() < MAX; node = node.getNext()) {
            if (node instanceof Heading next && next.getLevel() <= heading.getLevel()) {
                break;
            }
            if (node instanceof Paragraph paragraph) {
                text.append(text.isEmpty() ? "" : " ").append(MarkdownSource.plainText(paragraph));
            }
        }
        return text.toString().strip();
    }

    private static String bounded(String text) {
        if (text.length() <= MAX) {
            return text;
        }
        String head = text.substring(0, MAX);
        int sentenceEnd = Math.max(head.lastIndexOf(". "), Math.max(head.lastIndexOf("! "), head.lastIndexOf("? ")));
        if (sentenceEnd > MAX / 3) {
            return head.substring(0, sentenceEnd + 1);
        }
        int space = head.lastIndexOf(' ');
        return (space > 0 ? head.substring(0, space) : head).replaceAll("[,;:]$", "") + " …";
    }
}
