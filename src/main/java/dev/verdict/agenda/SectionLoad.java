package dev.verdict.agenda;

import java.util.Collection;
import java.util.Map;

/**
 * How much the pre-read has to say about each section of the doc, as weights the planner mixes
 * with section length: {@link #CONCERN} for an open concern or question, {@link #REMARK} for
 * an open suggestion or nit; resolved comments count nothing (they are settled before the
 * meeting). Keyed by section title as {@link DocOutline#titles} gives them.
 *
 * @param byTitle load per section title (any heading level); titles not in the doc are ignored
 */
public record SectionLoad(Map<String, Integer> byTitle) {

    /** Weight of an open concern or question. */
    public static final int CONCERN = 2;
    /** Weight of an open suggestion or nit. */
    public static final int REMARK = 1;
    /** Before anyone has commented. */
    public static final SectionLoad NONE = new SectionLoad(Map.of());

    public SectionLoad {
        byTitle = Map.copyOf(byTitle);
    }

    /** The load of a section with these titles (itself and its subsections), each counted once. */
    public int of(Collection<String> titles) {
        return titles.stream().distinct().mapToInt(t -> byTitle.getOrDefault(t, 0)).sum();
    }

    public boolean isEmpty() {
        return byTitle.values().stream().allMatch(v -> v == 0);
    }
}
