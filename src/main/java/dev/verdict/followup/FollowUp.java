package dev.verdict.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** What became of one action item after the meeting: done or not, and which reminders went out. */
@Entity
@Table(name = "follow_up")
class FollowUp {

    static final int NOTE_MAX = FollowUpService.NOTE_MAX;

    @Id
    @Column(name = "action_id")
    private UUID actionId;

    @Column(name = "review_id", nullable = false)
    private UUID reviewId;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 100)
    private String doneBy;

    @Column(name = "done_note", length = NOTE_MAX)
    private String doneNote;

    @Column(name = "due_soon_reminded_at")
    private Instant dueSoonRemindedAt;

    @Column(name = "overdue_reminded_at")
    private Instant overdueRemindedAt;

    @Version
    private long version;

    protected FollowUp() {
    }

    FollowUp(UUID actionId, UUID reviewId) {
        this.actionId = actionId;
        this.reviewId = reviewId;
    }

    /**
     * @throws InvalidFollowUpException when it is already done, or the note is over {@link #NOTE_MAX} characters
     */
    void done(String by, String note, Instant at) {
        if (doneAt != null) {
            throw new InvalidFollowUpException("This action item is already done");
        }
        String kept = note == null ? "" : note.strip();
        if (kept.length() > NOTE_MAX) {
            throw new InvalidFollowUpException("Keep the note under " + NOTE_MAX + " characters");
        }
        this.doneAt = at;
        this.doneBy = by;
        this.doneNote = kept.isEmpty() ? null : kept;
    }

    /** Records that the "due soon" reminder went out; false when it had already. */
    boolean remindDueSoon(Instant at) {
        if (dueSoonRemindedAt != null || doneAt != null) {
            return false;
        }
        dueSoonRemindedAt = at;
        return true;
    }

    /** Records that the "overdue" reminder went out; false when it had already. */
    boolean remindOverdue(Instant at) {
        if (overdueRemindedAt != null || doneAt != null) {
            return false;
        }
        overdueRemindedAt = at;
        return true;
    }

    UUID actionId() { return actionId; }
    UUID reviewId() { return reviewId; }
    Instant doneAt() { return doneAt; }
    String doneBy() { return doneBy; }
    String doneNote() { return doneNote; }
}
