package dev.verdict.review;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One item of an agenda as the moderator edits it. */
public record AgendaItemDraft(
        @NotBlank(message = "Every agenda item needs a title") @Size(max = AgendaItemDraft.TITLE_MAX, message = "Keep agenda titles under " + AgendaItemDraft.TITLE_MAX + " characters") String title,
        @Min(value = 1, message = "Every agenda item needs at least one minute") int minutes,
        String sectionMarkdown) {

    public static final int TITLE_MAX = 300;
    /** The suffix a split gives the second half's title. */
    public static final String CONTINUED = " (continued)";

    /**
     * The item split into two halves of its minutes (the first gets the odd minute), both on the
     * same section; the second is titled "… (continued)". Splitting a continuation does not stack
     * suffixes.
     *
     * @throws IllegalStateException when the item has fewer than 2 minutes
     */
    public List<AgendaItemDraft> split() {
        if (minutes < 2) {
            throw new IllegalStateException("An item needs at least 2 minutes to be split");
        }
        int first = (minutes + 1) / 2;
        return List.of(new AgendaItemDraft(title, first, sectionMarkdown),
                new AgendaItemDraft(baseTitle() + CONTINUED, minutes - first, sectionMarkdown));
    }

    /**
     * This item and the next as one: minutes added, titles joined with " + " and sections one
     * after the other — except that merging a split's two halves restores the item (one title,
     * its section once), and a section already shown is not repeated.
     */
    public AgendaItemDraft mergedWith(AgendaItemDraft next) {
        String mine = sectionMarkdown == null ? "" : sectionMarkdown;
        String theirs = next.sectionMarkdown == null ? "" : next.sectionMarkdown;
        boolean sameItem = baseTitle().equals(next.baseTitle()) && mine.equals(theirs);
        String mergedTitle = sameItem ? (title.endsWith(CONTINUED) ? next.title : title) : title + " + " + next.title;
        String mergedMarkdown = theirs.isBlank() || mine.contains(theirs) ? mine
                : mine.isBlank() || theirs.contains(mine) ? theirs : mine + "\n\n" + theirs;
        if (sameItem && title.endsWith(CONTINUED) && next.title.endsWith(CONTINUED)) {
            mergedTitle = title;
        }
        return new AgendaItemDraft(mergedTitle, minutes + next.minutes, mergedMarkdown);
    }

    private String baseTitle() {
        String base = title;
        while (base.endsWith(CONTINUED)) {
            base = base.substring(0, base.length() - CONTINUED.length());
        }
        return base;
    }
}
