package dev.verdict.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alternatives a design doc already names, to prefill the decision record: the rows of the
 * alternatives section's table (the row marked "chosen" is the decision, not an alternative), else
 * its subsections (KEPs, RFCs), else its bullet points. Only a table's Cons column (headed "Cons",
 * "Drawbacks", "Downsides", "Disadvantages" or "Why not") says why an option was not chosen; what
 * the doc otherwise says of an option describes it ("In this option, …"), so it is kept as a hint
 * for the decision maker, who writes the reason.
 */
public final class ConsideredAlternatives {

    /**
     * @param whyNot the table's Cons cell; empty where the doc gives no reason
     * @param hint   what the doc says of the option (its other cells, its first sentence, the text after the bullet's name); empty when nothing
     */
    public record Alternative(String name, String whyNot, String hint) {
    }

    private static final Pattern CONS_HEADER = Pattern.compile("(?i)\\b(cons|con|drawbacks?|downsides?|disadvantages?|why not.*|rejected because)\\b");

    static final int MAX = 10;
    private static final Pattern BULLET = Pattern.compile("^\\s{0,1}[-*+]\\s+(.+)$");
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\|?\\s*:?-{3,}.*$");
    private static final Pattern MARKUP = Pattern.compile("[*_`]|\\[([^\\]]*)\\]\\([^)]*\\)");

    private ConsideredAlternatives() {
    }

    public static List<Alternative> in(String markdown) {
        return DocOutline.of(markdown).stream()
                .flatMap(s -> s.flatten().stream())
                .filter(s -> s.normalizedTitle().contains("alternative")
                        || SectionKind.of(s.normalizedTitle()).filter(k -> k == SectionKind.ALTERNATIVES).isPresent()
                        && !s.normalizedTitle().contains("drawback"))
                .map(ConsideredAlternatives::from)
                .filter(found -> !found.isEmpty())
                .findFirst()
                .orElse(List.of());
    }

    private static List<Alternative> from(DocOutline.Section section) {
        List<Alternative> table = fromTable(section.body());
        if (!table.isEmpty()) {
            return table;
        }
        if (!section.subsections().isEmpty()) {
            return section.subsections().stream().limit(MAX)
                    .map(s -> new Alternative(plain(s.title()), "", firstSentence(textUnder(s.body()))))
                    .toList();
        }
        List<Alternative> bullets = new ArrayList<>();
        for (String line : section.body().split("\n")) {
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches() && bullets.size() < MAX) {
                String text = plain(bullet.group(1));
                int split = indexOfAny(text, ": ", " - ", " – ", " — ");
                bullets.add(split < 0 ? new Alternative(text, "", "")
                        : new Alternative(text.substring(0, split).strip(), "", text.substring(split).replaceFirst("^\\s*[:–—-]\\s*", "").strip()));
            }
        }
        return bullets;
    }

    private static List<Alternative> fromTable(String body) {
        List<String[]> rows = new ArrayList<>();
        for (String line : body.split("\n")) {
            String row = line.strip();
            if (row.startsWith("|") && !SEPARATOR_ROW.matcher(row).matches()) {
                String trimmed = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
                rows.add(trimmed.split("\\|", -1));
            }
        }
        if (rows.size() < 2) {
            return List.of();
        }
        String[] header = rows.getFirst();
        int cons = -1;
        for (int i = 1; i < header.length && cons < 0; i++) {
            if (CONS_HEADER.matcher(plain(header[i])).find()) {
                cons = i;
            }
        }
        List<Alternative> alternatives = new ArrayList<>();
        for (String[] cells : rows.subList(1, rows.size())) {
            String name = plain(cells[0]);
            if (name.isEmpty() || name.toLowerCase().contains("chosen") || alternatives.size() >= MAX) {
                continue;
            }
            List<String> described = new ArrayList<>();
            for (int i = 1; i < cells.length; i++) {
                String cell = plain(cells[i]);
                if (i != cons && !cell.isEmpty()) {
                    described.add(i < header.length && !plain(header[i]).isEmpty() ? plain(header[i]) + ": " + cell : cell);
                }
            }
            String whyNot = cons >= 0 && cons < cells.length ? plain(cells[cons]) : "";
            alternatives.add(new Alternative(name, whyNot, String.join("; ", described)));
        }
        return alternatives;
    }

    private static String textUnder(String body) {
        StringBuilder text = new StringBuilder();
        for (String line : body.split("\n")) {
            String l = line.strip();
            if (l.startsWith("#") || l.startsWith("[") && l.contains("]:") || l.startsWith("<!--")) {
                if (!text.isEmpty()) {
                    break;
                }
                continue;
            }
            if (l.isEmpty() && !text.isEmpty()) {
                break;
            }
            text.append(l).append(' ');
        }
        return plain(text.toString());
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        String sentence = end < 0 ? text : text.substring(0, end + 1);
        return sentence.length() > 300 ? sentence.substring(0, 299) + "…" : sentence;
    }

    private static String plain(String markdown) {
        return MARKUP.matcher(markdown).replaceAll("$1").replaceAll("\\s+", " ").strip();
    }

    private static int indexOfAny(String text, String... separators) {
        int best = -1;
        for (String s : separators) {
            int i = text.indexOf(s);
            if (i > 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
