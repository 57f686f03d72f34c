package dev.verdict.agenda;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.springframework.stereotype.Component;

/**
 * Plans an agenda from a design doc: every second-level heading becomes an item, and the timebox
 * is shared by section length with a floor per item, in whole minutes that add up exactly.
 */
@Component
public class AgendaPlanner {

    public static final String FALLBACK_ITEM = "Discussion";
    static final int FLOOR_MINUTES = 2;

    private static final Parser PARSER =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    public List<PlannedItem> plan(String markdown, int totalMinutes) {
        if (totalMinutes < 1) {
            throw new IllegalArgumentException("The timebox must be at least one minute");
        }
        List<Section> found = sections(markdown);
        if (found.isEmpty()) {
            return List.of(new PlannedItem(FALLBACK_ITEM, totalMinutes, markdown));
        }
        // Never more items than minutes: each item gets at least one.
        List<Section> sections = found.size() > totalMinutes ? found.subList(0, totalMinutes) : found;
        int[] minutes = share(sections.stream().mapToInt(s -> Math.max(1, s.body().length())).toArray(),
                totalMinutes);
        return IntStream.range(0, sections.size())
                .mapToObj(i -> new PlannedItem(sections.get(i).title(), minutes[i], sections.get(i).body()))
                .toList();
    }

    /** Splits the doc at its second-level headings; text before the first one is not an item. */
    private static List<Section> sections(String markdown) {
        String[] lines = markdown.split("\n", -1);
        List<Integer> starts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        Node doc = PARSER.parse(markdown);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 2 && !heading.getSourceSpans().isEmpty()) {
                    String title = plainText(heading).strip();
                    if (!title.isEmpty()) {
                        starts.add(heading.getSourceSpans().getFirst().getLineIndex());
                        titles.add(title);
                    }
                }
            }
        });
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : lines.length;
            sections.add(new Section(titles.get(i), String.join("\n", Arrays.copyOfRange(lines, from, to))));
        }
        return sections;
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
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
     * Largest-remainder apportionment: each item gets the floor (or an equal share when the
     * timebox is too short for it), the rest is shared by weight, rounding never loses a minute.
     */
    static int[] share(int[] weights, int total) {
        int n = weights.length;
        int floor = Math.min(FLOOR_MINUTES, total / n);
        int rest = total - floor * n;
        long weightSum = 0;
        for (int w : weights) {
            weightSum += w;
        }
        int[] minutes = new int[n];
        double[] remainders = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = (double) rest * weights[i] / weightSum;
            minutes[i] = floor + (int) Math.floor(exact);
            remainders[i] = exact - Math.floor(exact);
            given += minutes[i];
        }
        Integer[] byRemainder = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> remainders[i]).reversed())
                .toArray(Integer[]::new);
        for (int k = 0; given < total; k = (k + 1) % n) {
            minutes[byRemainder[k]]++;
            given++;
        }
        return minutes;
    }

    private record Section(String title, String body) {
    }
}
