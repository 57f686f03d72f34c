package dev.verdict.agenda;

import dev.verdict.shared.MarkdownSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Plans a review's agenda from its design doc, following the review practice: the problem,
 * goals and constraints first; alternatives and tradeoffs as an explicit item; "Decision &
 * follow-ups" last with at least 10% of the time (5 minutes at least), holding the doc's own
 * decision, next-steps and open-questions sections. Reference material gets no discussion time
 * of its own: tables of contents (under any name, or a section that is only a list of in-doc
 * links) and checklists get no item; appendices, change history, references, glossary and KEP
 * boilerplate (Implementation History, Infrastructure Needed) share one short "Reference
 * material" item when the agenda has room. Minutes follow section length, and once the
 * pre-read has comments, 60% follow the comment load ({@link SectionLoad}); a floor per item,
 * whole minutes that add up exactly to the timebox; 4 to 12 items (fewer only when the timebox
 * cannot hold more). A doc without headings is one "Discussion" item for the whole timebox.
 */
@Component
public class AgendaPlanner {

    public static final String FALLBACK_ITEM = "Discussion";
    public static final String DECISION_ITEM = "Decision & follow-ups";
    public static final String ALTERNATIVES_ITEM = "Alternatives and tradeoffs";
    public static final String QUESTIONS_ITEM = "Risks and open questions";
    public static final String REFERENCE_ITEM = "Reference material";
    /** The title of the one item that holds the previous review's parked items when they are too many for an item each. */
    public static final String CARRIED_ITEM = "Parked at the previous review";
    /** What an item carried from the previous review is titled with, before the parked item's text. */
    public static final String CARRIED_PREFIX = "From the previous review: ";
    /** Carried items of their own only up to this many; more share one item. */
    static final int MAX_CARRIED_ITEMS = 4;
    static final int FLOOR_MINUTES = 2;
    static final int MIN_ITEMS = 4;
    static final int MAX_ITEMS = 12;
    static final int DECISION_MIN_MINUTES = 5;
    /** Weights are shares of the doc in millionths, so length and comment load can be mixed. */
    private static final int SCALE = 1_000_000;
    /** Once there are comments, the share of the time that still follows section length; the rest follows the comments. */
    static final double TEXT_SHARE = 0.4;

    /** What a top-level section is to the agenda. */
    enum Role {
        /** Discussed as an item of its own. */
        DISCUSSED,
        /** Navigation or a checklist: nothing to discuss. */
        NAVIGATION,
        /** Read when needed, discussed only if someone asks. */
        REFERENCE,
        /** The doc's own decision, next steps or open questions: part of the closing item. */
        CLOSING
    }

    private static final Set<String> NAVIGATION = Set.of("table of contents", "contents", "toc", "outline",
            "index", "release signoff checklist", "checklist", "endnotes", "footnotes");
    /** Reference material whatever follows the word: "Appendix A: Wire format", "Glossary of terms". */
    private static final List<String> REFERENCE_PREFIXES = List.of("appendix", "appendices", "references", "glossary");
    private static final Set<String> REFERENCE = Set.of("reference material", "terminology", "change history",
            "changelog", "change log", "revision history", "document history", "version history", "implementation history",
            "history", "infrastructure needed", "further reading", "see also", "acknowledgements", "acknowledgments");
    private static final Set<String> CLOSING = Set.of("decision", "decisions", "the decision", "decision and follow-ups",
            "decision and follow ups", "decisions and follow-ups", "decision and next steps", "decisions and next steps",
            "next steps", "follow-ups", "follow ups", "followups", "action items", "outcome", "open questions",
            "unresolved questions", "open issues", "questions", "open questions and next steps");
    /** A list item that is only a link into the doc: "- [Summary](#summary)". */
    private static final Pattern IN_DOC_LINK_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+\\[[^\\]]*\\]\\(#[^)]*\\)\\s*$");
    private static final Set<String> INTRODUCTIONS = Set.of("summary", "overview", "abstract", "introduction", "tl;dr", "tldr");
    private static final Set<SectionKind> FIRST = Set.of(SectionKind.PROBLEM, SectionKind.GOALS, SectionKind.NON_GOALS,
            SectionKind.CONSTRAINTS);

    private record Draft(String title, String markdown, int weight, boolean first) {
    }

    /** {@link #plan(String, int, SectionLoad)} before anyone has commented. */
    public List<PlannedItem> plan(String markdown, int totalMinutes) {
        return plan(markdown, totalMinutes, SectionLoad.NONE);
    }

    /**
     * The agenda for a doc.
     *
     * @param markdown     the design doc as written (any line endings, BOM and front matter allowed)
     * @param totalMinutes the timebox in minutes, at least 1; the planned minutes add up to it exactly
     * @param load         the pre-read's comment load per section title; {@link SectionLoad#NONE} before comments
     * @throws IllegalArgumentException when the timebox is under one minute
     */
    public List<PlannedItem> plan(String markdown, int totalMinutes, SectionLoad load) {
        if (totalMinutes < 1) {
            throw new IllegalArgumentException("The timebox must be at least one minute");
        }
        int decisionMinutes = Math.min(totalMinutes - 1, Math.max(DECISION_MIN_MINUTES, (int) Math.ceil(totalMinutes * 0.10)));
        if (decisionMinutes < 1) {
            return List.of(new PlannedItem(FALLBACK_ITEM, totalMinutes, markdown));
        }
        int rest = totalMinutes - decisionMinutes;
        List<String> closing = new ArrayList<>();
        List<String> reference = new ArrayList<>();
        List<DocOutline.Section> discussed = new ArrayList<>();
        List<DocOutline.Section> outline = DocOutline.of(markdown);
        for (DocOutline.Section section : outline) {
            switch (roleOf(section)) {
                case NAVIGATION -> { }
                case CLOSING -> closing.add(section.body());
                case REFERENCE -> reference.add(section.body());
                case DISCUSSED -> discussed.add(section);
            }
        }
        if (discussed.isEmpty()) {
            // No structure to plan from: the whole timebox is one discussion, which the moderator can reshape.
            return List.of(new PlannedItem(FALLBACK_ITEM, totalMinutes, MarkdownSource.normalize(markdown)));
        }
        List<Draft> drafts = new ArrayList<>(discussed.stream()
                .map(s -> new Draft(s.title(), s.body(), 0, isFirst(s.normalizedTitle()))).toList());
        drafts = splitUntil(drafts);
        // Problem, goals and constraints first; the rest in the doc's order (a stable sort).
        drafts.sort(Comparator.comparing((Draft d) -> !d.first()));
        drafts = weigh(drafts, load);
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
        // Reference material only where the agenda has room: it gets the floor and no share of the discussion.
        if (!reference.isEmpty() && drafts.size() < most && rest >= FLOOR_MINUTES * (drafts.size() + 1)) {
            drafts.add(new Draft(REFERENCE_ITEM, String.join("\n\n", reference), 0, false));
        }
        int[] minutes = share(drafts.stream().mapToInt(Draft::weight).toArray(), rest);
        List<PlannedItem> plan = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            plan.add(new PlannedItem(drafts.get(i).title(), minutes[i], drafts.get(i).markdown()));
        }
        plan.add(new PlannedItem(DECISION_ITEM, decisionMinutes, String.join("\n\n", closing)));
        return plan;
    }

    /**
     * {@link #plan(String, int, SectionLoad)} with the items the previous review parked "for the next
     * review": just before the decision item, {@value #FLOOR_MINUTES} minutes each, taken from the
     * discussion so that the minutes still add up to the timebox. More than {@value #MAX_CARRIED_ITEMS},
     * or more than a quarter of the timebox, and they share one "{@value #CARRIED_ITEM}" item of a
     * quarter of the timebox (at least {@value #FLOOR_MINUTES} minutes) that lists them.
     *
     * @param carried the parked items' texts, in the order they were parked; empty for none
     */
    public List<PlannedItem> plan(String markdown, int totalMinutes, SectionLoad load, List<String> carried) {
        if (carried.isEmpty() || totalMinutes < 2 * FLOOR_MINUTES + 1) {
            return plan(markdown, totalMinutes, load);
        }
        List<PlannedItem> carriedItems = new ArrayList<>();
        if (carried.size() <= MAX_CARRIED_ITEMS && carried.size() * FLOOR_MINUTES <= totalMinutes / 4) {
            carried.forEach(text -> carriedItems.add(new PlannedItem(CARRIED_PREFIX + oneLine(text), FLOOR_MINUTES,
                    "*Parked at the previous review for this one.*\n\n" + text)));
        } else {
            StringBuilder list = new StringBuilder("*Parked at the previous review for this one:*\n\n");
            carried.forEach(text -> list.append("- ").append(oneLine(text)).append('\n'));
            carriedItems.add(new PlannedItem(CARRIED_ITEM, Math.max(FLOOR_MINUTES, totalMinutes / 4), list.toString()));
        }
        int carriedMinutes = carriedItems.stream().mapToInt(PlannedItem::minutes).sum();
        List<PlannedItem> plan = new ArrayList<>(plan(markdown, totalMinutes - carriedMinutes, load));
        int at = plan.getLast().title().equals(DECISION_ITEM) ? plan.size() - 1 : plan.size();
        plan.addAll(at, carriedItems);
        return plan;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * What a top-level section is to the agenda, from its title (numbering and "(Optional)"
     * ignored) or, for a table of contents under another name, from its body being only
     * links into the doc.
     */
    static Role roleOf(DocOutline.Section section) {
        String title = section.normalizedTitle().replace("&", "and").replaceAll("\\s+", " ").strip();
        if (NAVIGATION.contains(title) || isLinkList(section.body())) {
            return Role.NAVIGATION;
        }
        if (CLOSING.contains(title)) {
            return Role.CLOSING;
        }
        if (REFERENCE.contains(title) || REFERENCE_PREFIXES.stream().anyMatch(p -> title.equals(p) || title.startsWith(p + " "))) {
            return Role.REFERENCE;
        }
        return Role.DISCUSSED;
    }

    private static boolean isLinkList(String body) {
        List<String> lines = body.lines().skip(1).filter(l -> !l.isBlank()).filter(l -> !l.startsWith("#"))
                .filter(l -> !l.strip().startsWith("<!--")).toList();
        long links = lines.stream().filter(l -> IN_DOC_LINK_ITEM.matcher(l).matches()).count();
        return links >= 2 && links * 10 >= lines.size() * 9L;
    }

    private static boolean isFirst(String normalizedTitle) {
        return INTRODUCTIONS.contains(normalizedTitle) || SectionKind.of(normalizedTitle).filter(FIRST::contains).isPresent();
    }

    /**
     * Each draft's weight: its share of the doc's text, or once there are comments, 40% of that
     * and 60% its share of the comment load.
     */
    private static List<Draft> weigh(List<Draft> drafts, SectionLoad load) {
        long textTotal = drafts.stream().mapToLong(d -> Math.max(1, d.markdown().length())).sum();
        int[] loads = drafts.stream().mapToInt(d -> load.of(DocOutline.titles(d.markdown()))).toArray();
        long loadTotal = java.util.Arrays.stream(loads).asLongStream().sum();
        List<Draft> weighed = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            double text = (double) Math.max(1, d.markdown().length()) / textTotal;
            double share = loadTotal == 0 ? text : TEXT_SHARE * text + (1 - TEXT_SHARE) * loads[i] / loadTotal;
            weighed.add(new Draft(d.title(), d.markdown(), Math.max(1, (int) Math.round(share * SCALE)), d.first()));
        }
        return weighed;
    }

    /** Too few sections: the biggest with subsections is discussed by its subsections instead. */
    private static List<Draft> splitUntil(List<Draft> drafts) {
        List<Draft> result = new ArrayList<>(drafts);
        while (result.size() + 2 < MIN_ITEMS) {
            Optional<Draft> biggest = result.stream().max(Comparator.comparingInt(d -> d.markdown().length()));
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
                result.add(at, new Draft(biggest.get().title() + ": " + part.title(), part.body(), 0, biggest.get().first()));
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
