package dev.verdict.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Something said in the meeting and written down: a risk or a parked item. */
@Entity
@Table(name = "capture")
class Capture {

    @Id
    private UUID id;

    @Column(name = "review_id", nullable = false)
    private UUID reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaptureKind kind;

    @Column(name = "body", nullable = false, length = CaptureKind.TEXT_MAX)
    private String text;

    @Column(name = "captured_by", nullable = false, length = 100)
    private String capturedBy;

    @Column(name = "agenda_position", nullable = false)
    private int agendaPosition;

    @Column(name = "captured_at", nullable = false)
    private Instant capturedAt;

    protected Capture() {
    }

    Capture(UUID reviewId, CaptureKind kind, String text, String capturedBy, int agendaPosition, Instant capturedAt) {
        if (text == null || text.isBlank()) {
            throw new MeetingStateException("Write what the " + kind.label().toLowerCase() + " is about");
        }
        if (text.length() > CaptureKind.TEXT_MAX) {
            throw new MeetingStateException("Keep it under " + CaptureKind.TEXT_MAX + " characters");
        }
        this.id = UUID.randomUUID();
        this.reviewId = reviewId;
        this.kind = kind;
        this.text = text.strip();
        this.capturedBy = capturedBy;
        this.agendaPosition = agendaPosition;
        this.capturedAt = capturedAt;
    }

    UUID id() { return id; }
    CaptureKind kind() { return kind; }
    String text() { return text; }
    String capturedBy() { return capturedBy; }
    int agendaPosition() { return agendaPosition; }
    Instant capturedAt() { return capturedAt; }
}
