package dev.verdict.tracker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One ticket owed to one tracker for one item (the outbox): filed, waiting for its next attempt,
 * or given up. One row per tracker and item ({@code tracker_ticket_once}), so an event heard twice
 * files once; the marker looked up before each creation covers a crash after the tracker created it.
 */
@Entity
@Table(name = "tracker_ticket")
class Ticket {

    static final int TITLE_MAX = 300;
    static final int ERROR_MAX = 1000;

    @Id
    private UUID id;

    @Column(name = "tracker_id", nullable = false)
    private UUID trackerId;

    @Column(name = "review_id", nullable = false)
    private UUID reviewId;

    @Column(name = "item_id", nullable = false)
    private UUID itemId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    /** The body written when the decision was published; owner, due date and marker are added when filing. */
    @Column(nullable = false)
    private String body;

    @Column(name = "owner_username", length = 100)
    private String ownerUsername;

    @Column(name = "owner_name", length = 200)
    private String ownerName;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "ticket_key", length = 100)
    private String ticketKey;

    @Column(length = 1000)
    private String url;

    @Column(nullable = false)
    private boolean assigned;

    @Column(name = "filed_at")
    private Instant filedAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "retried_at")
    private Instant retriedAt;

    protected Ticket() {
    }

    Ticket(UUID trackerId, UUID reviewId, UUID itemId, String title, String body, String ownerUsername, String ownerName,
           LocalDate dueDate, Instant now) {
        this.id = UUID.randomUUID();
        this.trackerId = trackerId;
        this.reviewId = reviewId;
        this.itemId = itemId;
        this.title = title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX - 1) + "…" : title;
        this.body = body;
        this.ownerUsername = ownerUsername;
        this.ownerName = ownerName;
        this.dueDate = dueDate;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void filed(IssueTracker.FiledTicket ticket, Instant now) {
        attempts++;
        filedAt = now;
        ticketKey = ticket.key();
        url = ticket.url();
        assigned = ticket.assigned();
        lastError = null;
    }

    /** A failed attempt: tried again at {@code retryAt}, or given up when it is null or past {@code giveUpAfter}. */
    void failed(Instant now, String error, Instant retryAt, Duration giveUpAfter) {
        attempts++;
        lastError = error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX - 1) + "…" : error;
        Instant giveUpAt = (retriedAt == null ? createdAt : retriedAt).plus(giveUpAfter);
        if (retryAt == null || retryAt.isAfter(giveUpAt)) {
            failedAt = now;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /** Someone asked for another attempt now (after fixing the token, say): waiting again, with a fresh give-up window. */
    void retryNow(Instant now) {
        failedAt = null;
        retriedAt = now;
        nextAttemptAt = now;
    }

    boolean open() {
        return filedAt == null && failedAt == null;
    }

    /** What the adapters file: the marker search reaches back to this row's creation (minus clock skew). */
    IssueTracker.TicketRequest request() {
        return new IssueTracker.TicketRequest(itemId, title, body, ownerUsername, ownerName, dueDate, createdAt);
    }

    UUID id() { return id; }
    UUID trackerId() { return trackerId; }
    UUID reviewId() { return reviewId; }
    UUID itemId() { return itemId; }
    String title() { return title; }
    int attempts() { return attempts; }
    Instant createdAt() { return createdAt; }
    Instant nextAttemptAt() { return nextAttemptAt; }
    String lastError() { return lastError; }
    String ticketKey() { return ticketKey; }
    String url() { return url; }
    Instant filedAt() { return filedAt; }
    Instant failedAt() { return failedAt; }
}
