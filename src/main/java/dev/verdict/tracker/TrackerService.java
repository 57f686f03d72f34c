package dev.verdict.tracker;

import dev.verdict.identity.CurrentUser;
import dev.verdict.repository.RepositoryService;
import dev.verdict.repository.RepositorySummary;
import dev.verdict.repository.SecretBox;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import dev.verdict.shared.AuditLog;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Follow-up tickets: admins add or remove a connected repository's issue tracker (the token
 * sealed, never shown again, only the host) and see the latest tickets; members of a review see
 * its tickets with their links and status; a moderator of the review, or an admin, asks for
 * another attempt at one that was given up.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class TrackerService {

    /** How many tickets the admin page lists, newest first. */
    public static final int LATEST_TICKETS = 50;

    private final Trackers trackers;
    private final Tickets tickets;
    private final RepositoryService repositories;
    private final ReviewService reviews;
    private final SecretBox secrets;
    private final AuditLog audit;
    private final Clock clock;

    TrackerService(Trackers trackers, Tickets tickets, RepositoryService repositories, ReviewService reviews,
                   SecretBox secrets, AuditLog audit, Clock clock) {
        this.trackers = trackers;
        this.tickets = tickets;
        this.repositories = repositories;
        this.reviews = reviews;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every repository's tracker, oldest first (admins). */
    public List<TrackerSummary> trackers() {
        requireAdmin();
        var names = repositories.names();
        return trackers.findAllByOrderByCreatedAt().stream().map(t -> new TrackerSummary(t.id(),
                names.getOrDefault(t.repositoryId(), "(disconnected)"), t.kind(), t.host(), t.project())).toList();
    }

    /** The connected repositories a tracker can be added to (admins). */
    public List<RepositorySummary> repositories() {
        requireAdmin();
        return repositories.list();
    }

    /**
     * Adds a repository's tracker (admins); the token is sealed at once and never shown again.
     *
     * @throws IllegalArgumentException when the repository is not connected or already has a tracker
     */
    @Transactional
    public UUID add(@Valid NewTracker request) {
        requireAdmin();
        String name = repositories.nameOf(request.repositoryId());
        if (trackers.findByRepositoryId(request.repositoryId()).isPresent()) {
            throw new IllegalArgumentException(name + " already has a tracker: remove it first");
        }
        String baseUrl = request.baseUrl().strip().replaceAll("/+$", "");
        String host = IssueTrackers.host(baseUrl);
        var tracker = new Tracker(request.repositoryId(), request.kind(), baseUrl, host, request.project().strip(),
                secrets.seal(request.token().strip()), CurrentUser.username(), clock.instant());
        trackers.save(tracker);
        // The kind, host and project; never the token.
        audit.record(null, "tracker added", name, null, request.kind().label() + " at " + host + ", " + tracker.project());
        return tracker.id();
    }

    /** Removes a repository's tracker (admins); tickets still owed to it are given up on their next attempt. */
    @Transactional
    public void remove(UUID trackerId) {
        requireAdmin();
        trackers.findById(trackerId).ifPresent(t -> {
            trackers.delete(t);
            audit.record(null, "tracker removed", repositories.names().getOrDefault(t.repositoryId(), "(disconnected)"),
                    t.kind().label() + " at " + t.host() + ", " + t.project(), null);
        });
    }

    /** The latest tickets of every review, newest first ({@link #LATEST_TICKETS}), with their last error (admins). */
    public List<TicketStatus> latest() {
        requireAdmin();
        var described = new HashMap<UUID, String>();
        return tickets.findAllByOrderByCreatedAtDesc(Limit.of(LATEST_TICKETS)).stream()
                .map(t -> status(t, described, true)).toList();
    }

    /**
     * The follow-up tickets of a review, in the order they were owed.
     *
     * @throws AccessDeniedException when the caller is not in the review
     */
    public List<TicketStatus> tickets(UUID reviewId) {
        return ticketsOf(List.of(reviewId));
    }

    /**
     * The follow-up tickets of these reviews (My follow-ups asks for the reviews it lists).
     *
     * @throws AccessDeniedException when the caller is not in one of them
     */
    public List<TicketStatus> ticketsOf(Collection<UUID> reviewIds) {
        if (reviewIds.isEmpty()) {
            return List.of();
        }
        var moderates = new HashMap<UUID, Boolean>();
        for (UUID reviewId : new LinkedHashSet<>(reviewIds)) {
            moderates.put(reviewId, reviews.roleOfCaller(reviewId) == ReviewRole.MODERATOR);
        }
        var described = new HashMap<UUID, String>();
        var all = new ArrayList<TicketStatus>();
        for (Ticket t : tickets.findByReviewIdInOrderByCreatedAt(moderates.keySet())) {
            all.add(status(t, described, moderates.get(t.reviewId()) || CurrentUser.isAdmin()));
        }
        return all;
    }

    /**
     * Another attempt now at a ticket not yet filed (given up, say, until the token or the project
     * was fixed), with a fresh give-up window; the marker lookup still keeps it to one ticket.
     *
     * @throws AccessDeniedException    unless the caller moderates the ticket's review or is an admin
     * @throws IllegalStateException    when the ticket is filed already, or is not one of the review's
     */
    @Transactional
    public void retry(UUID reviewId, UUID ticketId) {
        CurrentUser.username();
        if (!CurrentUser.isAdmin()) {
            reviews.require(reviewId, ReviewRole.MODERATOR);
        }
        Ticket ticket = tickets.findById(ticketId).filter(t -> t.reviewId().equals(reviewId))
                .orElseThrow(() -> new IllegalStateException("That ticket is gone"));
        if (ticket.filedAt() != null) {
            throw new IllegalStateException("This ticket is filed");
        }
        ticket.retryNow(clock.instant());
        audit.record(reviewId, "follow-up ticket retried", ticket.title());
    }

    private TicketStatus status(Ticket t, Map<UUID, String> described, boolean mayRetry) {
        String tracker = described.computeIfAbsent(t.trackerId(),
                id -> trackers.findById(id).map(Tracker::describe).orElse("removed tracker"));
        TicketStatus.State state = t.filedAt() != null ? TicketStatus.State.FILED
                : t.failedAt() != null ? TicketStatus.State.FAILED : TicketStatus.State.WAITING;
        var at = switch (state) {
            case FILED -> t.filedAt();
            case FAILED -> t.failedAt();
            case WAITING -> t.nextAttemptAt();
        };
        return new TicketStatus(t.id(), t.reviewId(), t.itemId(), t.title(), tracker, state, t.ticketKey(), t.url(),
                t.attempts(), at, state == TicketStatus.State.FILED ? null : t.lastError(),
                mayRetry && state != TicketStatus.State.FILED);
    }

    private static void requireAdmin() {
        CurrentUser.requireAdmin("Only an admin configures issue trackers");
    }
}
