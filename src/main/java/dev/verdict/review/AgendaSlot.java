package dev.verdict.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
record AgendaSlot(
        @Column(name = "title", nullable = false, length = 300) String title,
        @Column(name = "planned_minutes", nullable = false) int plannedMinutes,
        @Column(name = "section_markdown") String sectionMarkdown) {
}
