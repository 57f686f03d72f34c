package dev.verdict.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Something said in the meeting and written down: a risk, a parked item, a question, an action, a note. */
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

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Level likelihood;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Level impact;

    @Column(length = 100)
    private String owner;

    @Column(length = CaptureKind.TEXT_MAX)
    private String mitigation;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Disposition disposition;

    @Column(name = "disposition_note", length = 2000)
    private String dispositionNote;

    @Column(nullable = false)
    private boolean accepted;

    @Column(name = "captured_by", nullable = false, length = 100)
    private String capturedBy;

    /** The agenda position of a pre-read comment parked before the meeting: it was raised during no agenda item. */
    static final int PRE_READ = -1;

    @Column(name = "agenda_position", nullable = false)
    private int agendaPosition;

    @Column(name = "captured_at", nullable = false)
    private Instant capturedAt;

    /**
     * Null until stored: with an id assigned up front, that is how saving tells a new capture
     * (one insert) from a changed one (a merge, which reads the row first).
     */
    @Version
    private Long version;

    protected Capture() {
    }

    Capture(UUID reviewId, CaptureKind kind, CaptureDetails details, Set<String> members, String capturedBy,
            int agendaPosition, Instant capturedAt) {
        this.id = UUID.randomUUID();
        this.reviewId = reviewId;
        this.kind = kind;
        this.capturedBy = capturedBy;
        this.agendaPosition = agendaPosition;
        this.capturedAt = capturedAt;
        apply(details, members);
    }

    /** Takes the details after checking the rules of this kind; refuses with every problem named. */
    void apply(CaptureDetails details, Set<String> members) {
        List<String> problems = new ArrayList<>();
        if (details.text() == null || details.text().isBlank()) {
            problems.add("Write what the " + kind.label().toLowerCase() + " is about");
        } else if (details.text().length() > CaptureKind.TEXT_MAX) {
            problems.add("Keep it under " + CaptureKind.TEXT_MAX + " characters");
        }
        String ownerName = details.owner() == null || details.owner().isBlank() ? null : details.owner();
        if (ownerName != null && !members.contains(ownerName)) {
            problems.add("The owner must be someone in this review");
        }
        if (kind == CaptureKind.ACTION) {
            if (ownerName == null) {
                problems.add("An action item needs an owner");
            }
            if (details.dueDate() == null) {
                problems.add("An action item needs a due date");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaptureException(problems);
        }
        this.text = details.text().strip();
        this.owner = kind == CaptureKind.RISK || kind == CaptureKind.ACTION ? ownerName : null;
        this.likelihood = kind == CaptureKind.RISK ? orMedium(details.likelihood()) : null;
        this.impact = kind == CaptureKind.RISK ? orMedium(details.impact()) : null;
        this.mitigation = kind == CaptureKind.RISK && details.mitigation() != null && !details.mitigation().isBlank()
                ? details.mitigation().strip() : null;
        this.dueDate = kind == CaptureKind.ACTION ? details.dueDate() : null;
    }

    /** A parked item's fate: dropping one needs a reason; the others take an optional note. */
    void dispose(Disposition disposition, String note) {
        if (kind != CaptureKind.PARKED) {
            throw new InvalidCaptureException(List.of("Only parked items get a disposition"));
        }
        String reason = note == null || note.isBlank() ? null : note.strip();
        if (disposition == Disposition.DROPPED && reason == null) {
            throw new InvalidCaptureException(List.of("Say why “" + text + "” is dropped"));
        }
        if (reason != null && reason.length() > 2000) {
            throw new InvalidCaptureException(List.of("Keep the note under 2000 characters"));
        }
        this.disposition = disposition;
        this.dispositionNote = reason;
    }

    /** A risk is settled by an owner who mitigates it, or by the room accepting it as it is. */
    void settle(String owner, boolean accepted, Set<String> members) {
        if (kind != CaptureKind.RISK) {
            throw new InvalidCaptureException(List.of("Only risks are owned or accepted"));
        }
        String name = owner == null || owner.isBlank() ? null : owner;
        if (name != null && !members.contains(name)) {
            throw new InvalidCaptureException(List.of("The owner must be someone in this review"));
        }
        this.owner = name;
        this.accepted = accepted;
    }

    /** What still stands between this capture and closing the meeting; empty when nothing does. */
    java.util.Optional<String> closingProblem() {
        return switch (kind) {
            case PARKED -> disposition == null ? java.util.Optional.of("Give the parked item “" + text + "” a disposition")
                    : disposition == Disposition.DROPPED && dispositionNote == null
                    ? java.util.Optional.of("Say why “" + text + "” is dropped") : java.util.Optional.empty();
            case RISK -> owner == null && !accepted
                    ? java.util.Optional.of("Give the risk “" + text + "” an owner, or accept it") : java.util.Optional.empty();
            case ACTION -> owner == null || dueDate == null
                    ? java.util.Optional.of("The action item “" + text + "” needs an owner and a due date") : java.util.Optional.empty();
            default -> java.util.Optional.empty();
        };
    }

    boolean mayBeChangedBy(String username, boolean moderator) {
        return moderator || capturedBy.equals(username);
    }

    private static Level orMedium(Level level) {
        return level == null ? Level.MEDIUM : level;
    }

    long version() { return version == null ? 0 : version; }
    UUID id() { return id; }
    UUID reviewId() { return reviewId; }
    CaptureKind kind() { return kind; }
    String text() { return text; }
    Level likelihood() { return likelihood; }
    Level impact() { return impact; }
    String owner() { return owner; }
    String mitigation() { return mitigation; }
    LocalDate dueDate() { return dueDate; }
    String capturedBy() { return capturedBy; }
    Disposition disposition() { return disposition; }
    String dispositionNote() { return dispositionNote; }
    boolean accepted() { return accepted; }
    int agendaPosition() { return agendaPosition; }
    Instant capturedAt() { return capturedAt; }
}
