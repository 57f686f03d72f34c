package dev.verdict.agenda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Plans a review's agenda from its design doc, following the review practice: the problem,
 * goals and constraints first; alternatives and tradeoffs as an explicit item; "Decision &
 * follow-ups" last with at least 10% of the time (5 minutes at least). Minutes follow section
 * length with a floor per item, in whole minutes that add up exactly to the timebox; the plan
 * has 4 to 12 items (fewer only when the timebox cannot hold more). A doc without headings is
 * one "Discussion" item for the whole timebox.
 */
@Component
public class AgendaPlanner {

    public static final String FALLBACK_ITEM = "Discussion";
    public static final String DECISION_ITEM = "Decision & follow-ups";
    public static final String ALTERNATIVES_ITEM = "Alternatives and tradeoffs";
    public static final String QUESTIONS_ITEM = "Risks and open questions";
    static final int FLOOR_MINUTES = 2;
    static final int MIN_ITEMS = 4;
    static final int MAX_ITEMS = 12;
    static final int DECISION_MIN_MINUTES = 5;

    private static final Set<String> NOT_ITEMS = Set.of("table of contents", "contents", "toc",
            "release signoff checklist", "checklist", "endnotes", "footnotes", "references");
    private static final Set<String> INTRODUCTIONS = Set.of("summary", "overview", "abstract", "introduction", "tl;dr", "tldr");
    private static final Set<SectionKind> FIRST = Set.of(SectionKind.PROBLEM, SectionKind.GOALS, SectionKind.NON_GOALS,
            SectionKind.CONSTRAINTS);
    private static final Set<String> DECISION_TITLES = Set.of("decision", "decisions", "next steps", "follow-ups", "follow ups");

    private record Draft(String title, String markdown, int weight, boolean first) {
    }

    public List<PlannedItem> plan(String markdown, int totalMinutes) {
        if (totalMinutes < 1) {
            throw new IllegalArgumentException("The timebox must be at least one minute");
        }
        int decisionMinutes = Math.min(totalMinutes - 1, Math.max(DECISION_MIN_MINUTES, (int) Math.ceil(totalMinutes * 0.10)));
        if (decisionMinutes < 1) {
            return List.of(new PlannedItem(FALLBACK_ITEM, totalMinutes, markdown));
        }
        int rest = totalMinutes - decisionMinutes;
        String decisionMarkdown = "";
        List<Draft> drafts = new ArrayList<>();
        List<DocOutline.Section> outline = DocOutline.of(markdown);
        for (DocOutline.Section section : outline) {
            String title = section.normalizedTitle();
            if (NOT_ITEMS.contains(title)) {
                continue;
            }
            if (DECISION_TITLES.contains(title)) {
                decisionMarkdown = section.body();
                continue;
            }
            boolean first = INTRODUCTIONS.contains(title)
                    || SectionKind.of(title).filter(FIRST::contains).isPresent();
            drafts.add(new Draft(section.title(), section.body(), weight(section.body()), first));
        }
        if (drafts.isEmpty()) {
            // No structure to plan from: the whole timebox is one discussion, which the moderator can reshape.
            return List.of(new PlannedItem(FALLBACK_ITEM, totalMinutes, markdown));
        }
        drafts = splitUntil(drafts, markdown);
        // Problem, goals and constraints first; the rest in the doc's order (a stable sort).
        drafts.sort(Comparator.comparing((Draft d) -> !d.first()));
        boolean hasAlternatives = outline.stream().flatMap(s -> s.flatten().stream())
                .anyMatch(s -> SectionKind.of(s.normalizedTitle()).filter(SectionKind.ALTERNATIVES::equals).isPresent());
        if (!hasAlternatives) {
            drafts.add(new Draft(ALTERNATIVES_ITEM, "", median(drafts), false));
        }
        if (drafts.size() + 1 < MIN_ITEMS) {
            drafts.add(new Draft(QUESTIONS_ITEM, "", median(drafts), false));
        }
        int most = Math.min(MAX_ITEMS - 1, rest);
        while (drafts.size() > most) {
            drafts = mergeSmallestNeighbours(drafts);
        }
        int[] minutes = share(drafts.stream().mapToInt(Draft::weight).toArray(), rest);
        List<PlannedItem> plan = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            plan.add(new PlannedItem(drafts.get(i).title(), minutes[i], drafts.get(i).markdown()));
        }
        plan.add(new PlannedItem(DECISION_ITEM, decisionMinutes, decisionMarkdown));
        return plan;
    }

    /** Too few sections: the biggest with subsections is discussed by its subsections instead. */
    private static List<Draft> splitUntil(List<Draft> drafts, String markdown) {
        List<Draft> result = new ArrayList<>(drafts);
        while (result.size() + 2 < MIN_ITEMS) {
            Optional<Draft> biggest = result.stream().max(Comparator.comparingInt(Draft::weight));
            List<DocOutline.Section> parts = biggest.map(b -> {
                List<DocOutline.Section> outline = DocOutline.of(b.markdown());
                return outline.size() == 1 ? outline.getFirst().subsections() : outline;
            }).orElse(List.of());
            if (parts.size() < 2) {
                break;
            }
            int at = result.indexOf(biggest.get());
            result.remove(at);
            for (int i = parts.size() - 1; i >= 0; i--) {
                var part = parts.get(i);
                result.add(at, new Draft(biggest.get().title() + ": " + part.title(), part.body(), weight(part.body()),
                        biggest.get().first()));
            }
        }
        return result;
    }

    private static List<Draft> mergeSmallestNeighbours(List<Draft> drafts) {
        int best = 0;
        for (int i = 1; i + 1 < drafts.size(); i++) {
            if (drafts.get(i).weight() + drafts.get(i + 1).weight() < drafts.get(best).weight() + drafts.get(best + 1).weight()) {
                best = i;
            }
        }
        Draft a = drafts.get(best);
        Draft b = drafts.get(best + 1);
        List<Draft> merged = new ArrayList<>(drafts);
        merged.set(best, new Draft(a.title() + " + " + b.title(), a.markdown() + "\n\n" + b.markdown(),
                a.weight() + b.weight(), a.first() || b.first()));
        merged.remove(best + 1);
        return merged;
    }

    private static int weight(String markdown) {
        return Math.max(1, markdown.length());
    }

    private static int median(List<Draft> drafts) {
        List<Integer> weights = drafts.stream().map(Draft::weight).sorted().toList();
        return weights.get(weights.size() / 2);
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
}
