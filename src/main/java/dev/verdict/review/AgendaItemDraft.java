package dev.verdict.review;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One item of an agenda as the moderator edits it. */
public record AgendaItemDraft(
        @NotBlank(message = "Every agenda item needs a title") @Size(max = AgendaItemDraft.TITLE_MAX, message = "Keep agenda titles under " + AgendaItemDraft.TITLE_MAX + " characters") String title,
        @Min(value = 1, message = "Every agenda item needs at least one minute") int minutes,
        String sectionMarkdown) {

    public static final int TITLE_MAX = 300;
}
