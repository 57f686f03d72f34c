package dev.verdict.agenda;

/** One agenda item as planned: a section title, its minutes, and the section's own Markdown. */
public record PlannedItem(String title, int minutes, String sectionMarkdown) {
}
