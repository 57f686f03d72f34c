package dev.verdict.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One recorded change. Immutable: the class has no way to change an entry once made. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    static final int VALUE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = 200)
    private String actor;

    @Column(nullable = false, updatable = false, length = 100)
    private String action;

    @Column(name = "review_id", updatable = false)
    private UUID reviewId;

    @Column(updatable = false, length = 500)
    private String subject;

    @Column(name = "before_value", updatable = false, length = VALUE_MAX)
    private String before;

    @Column(name = "after_value", updatable = false, length = VALUE_MAX)
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, String action, UUID reviewId, String subject, String before, String after) {
        this.at = at;
        this.actor = cut(actor, 200);
        this.action = cut(action, 100);
        this.reviewId = reviewId;
        this.subject = cut(subject, 500);
        this.before = cut(before, VALUE_MAX);
        this.after = cut(after, VALUE_MAX);
    }

    /** Long values are kept to their first characters with an ellipsis; the entry says what changed, the record holds it whole. */
    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "\u2026";
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, at, actor, action, reviewId, subject, before, after);
    }
}
