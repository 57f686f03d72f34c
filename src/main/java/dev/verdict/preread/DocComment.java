package dev.verdict.preread;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A comment on a section of the pinned doc, or a reply to one. It guards its own limits. */
@Entity
@Table(name = "doc_comment")
class DocComment {

    static final int BODY_MAX = 10_000;
    static final int QUOTE_MAX = 2_000;

    @Id
    private UUID id;

    @Column(name = "review_id", nullable = false)
    private UUID reviewId;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "section_title", nullable = false, length = 300)
    private String sectionTitle;

    @Column(length = QUOTE_MAX)
    private String quote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommentKind kind;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(nullable = false)
    private boolean resolved;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column(name = "resolution_note", length = 2000)
    private String resolutionNote;

    @Column(nullable = false)
    private boolean outdated;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Triage triage;

    @Version
    private long version;

    protected DocComment() {
    }

    DocComment(UUID reviewId, UUID parentId, String sectionTitle, String quote, CommentKind kind, String body,
               String author, Instant now) {
        this.id = UUID.randomUUID();
        this.reviewId = reviewId;
        this.parentId = parentId;
        this.sectionTitle = sectionTitle;
        this.quote = quote == null || quote.isBlank() ? null : check(quote.strip(), QUOTE_MAX, "The quote");
        this.kind = kind == null ? CommentKind.QUESTION : kind;
        this.body = body(body);
        this.author = author;
        this.createdAt = now;
    }

    static String body(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidCommentException("Write the comment first: an empty comment says nothing");
        }
        return check(body.strip(), BODY_MAX, "A comment");
    }

    private static String check(String text, int max, String what) {
        if (text.length() > max) {
            throw new InvalidCommentException(what + " is " + String.format("%,d", text.length()).replace(',', ' ')
                    + " characters; the limit is " + String.format("%,d", max).replace(',', ' '));
        }
        return text;
    }

    void edit(String newBody, Instant now) {
        this.body = body(newBody);
        this.editedAt = now;
    }

    void resolve(String by, String note) {
        this.resolved = true;
        this.resolvedBy = by;
        this.resolutionNote = note == null || note.isBlank() ? null : check(note.strip(), 2000, "The note");
    }

    void reopen() {
        this.resolved = false;
        this.resolvedBy = null;
        this.resolutionNote = null;
        if (triage == Triage.RESOLVED) {
            triage = null;
        }
    }

    void triage(Triage triage) {
        this.triage = triage;
    }

    void markOutdated() {
        this.outdated = true;
    }

    UUID id() { return id; }
    UUID reviewId() { return reviewId; }
    UUID parentId() { return parentId; }
    String sectionTitle() { return sectionTitle; }
    String quote() { return quote; }
    CommentKind kind() { return kind; }
    String body() { return body; }
    String author() { return author; }
    Instant createdAt() { return createdAt; }
    Instant editedAt() { return editedAt; }
    boolean resolved() { return resolved; }
    String resolvedBy() { return resolvedBy; }
    String resolutionNote() { return resolutionNote; }
    boolean outdated() { return outdated; }
    Triage triage() { return triage; }
    long version() { return version; }
}
