package dev.verdict.review;

import dev.verdict.agenda.PlannedItem;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "review")
class Review {

    static final int TITLE_MAX = 200;
    static final int MIN_TIMEBOX = 15;
    static final int MAX_TIMEBOX = 180;
    static final int OVERRIDE_MAX = 2000;
    static final int MAX_AGENDA_ITEMS = 30;

    @Id
    private UUID id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "design_doc", nullable = false)
    private String designDoc;

    @Column(name = "timebox_minutes", nullable = false)
    private int timeboxMinutes;

    @Column(nullable = false, length = 100)
    private String moderator;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_member", joinColumns = @JoinColumn(name = "review_id"))
    private Set<Membership> members = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agenda_item", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<AgendaSlot> agenda = new ArrayList<>();

    @Column(name = "agenda_locked", nullable = false)
    private boolean agendaLocked;

    @Column(name = "readiness_override", length = OVERRIDE_MAX)
    private String readinessOverride;

    @Column(name = "readiness_override_by", length = 100)
    private String readinessOverrideBy;

    @Column(name = "readiness_override_at")
    private Instant readinessOverrideAt;

    @Version
    private long version;

    protected Review() {
    }

    Review(UUID id, String title, String designDoc, int timeboxMinutes, String moderator,
           Set<String> attendees, Set<String> observers, List<PlannedItem> plan, Instant createdAt) {
        if (title == null || title.isBlank()) {
            throw new InvalidReviewException("Give the review a title");
        }
        if (timeboxMinutes < MIN_TIMEBOX || timeboxMinutes > MAX_TIMEBOX) {
            throw new InvalidReviewException("The timebox is between " + MIN_TIMEBOX + " and " + MAX_TIMEBOX + " minutes");
        }
        this.id = id;
        this.title = title.strip();
        this.designDoc = DesignDoc.check(designDoc);
        this.timeboxMinutes = timeboxMinutes;
        this.moderator = moderator;
        this.createdAt = createdAt;
        members.add(new Membership(moderator, ReviewRole.MODERATOR));
        attendees.stream().filter(u -> !u.equals(moderator))
                .forEach(u -> members.add(new Membership(u, ReviewRole.ATTENDEE)));
        observers.stream().filter(u -> !u.equals(moderator) && !attendees.contains(u))
                .forEach(u -> members.add(new Membership(u, ReviewRole.OBSERVER)));
        plan.forEach(item -> agenda.add(new AgendaSlot(fit(item.title()), item.minutes(), item.sectionMarkdown())));
    }

    /** Replaces the agenda; only before the meeting starts. */
    void replan(List<AgendaItemDraft> items) {
        if (agendaLocked) {
            throw new InvalidReviewException("The meeting has started: the agenda can no longer be edited");
        }
        if (items.isEmpty()) {
            throw new InvalidReviewException("The agenda needs at least one item");
        }
        if (items.size() > MAX_AGENDA_ITEMS) {
            throw new InvalidReviewException("Keep the agenda to " + MAX_AGENDA_ITEMS + " items or fewer");
        }
        agenda.clear();
        items.forEach(i -> agenda.add(new AgendaSlot(fit(i.title().strip()), i.minutes(),
                i.sectionMarkdown() == null ? "" : i.sectionMarkdown())));
    }

    /** Merged titles can grow; the column holds 300 characters. */
    private static String fit(String title) {
        return title.length() <= AgendaItemDraft.TITLE_MAX ? title : title.substring(0, AgendaItemDraft.TITLE_MAX - 1) + "…";
    }

    /** The meeting started: from now on the agenda is the clock's. */
    void lockAgenda() {
        agendaLocked = true;
    }

    boolean agendaLocked() { return agendaLocked; }

    /** Lets the meeting start despite readiness blockers; the reason goes into the summary. */
    void overrideReadiness(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidReviewException("Write why the review may start without it");
        }
        if (reason.length() > OVERRIDE_MAX) {
            throw new InvalidReviewException("Keep the reason under " + OVERRIDE_MAX + " characters");
        }
        this.readinessOverride = reason.strip();
        this.readinessOverrideBy = by;
        this.readinessOverrideAt = at;
    }

    String readinessOverride() { return readinessOverride; }
    String readinessOverrideBy() { return readinessOverrideBy; }

    Optional<ReviewRole> roleOf(String username) {
        return members.stream().filter(m -> m.username().equals(username)).map(Membership::role).findFirst();
    }

    UUID id() { return id; }
    String title() { return title; }
    String designDoc() { return designDoc; }
    int timeboxMinutes() { return timeboxMinutes; }
    String moderator() { return moderator; }
    Instant createdAt() { return createdAt; }
    Set<Membership> members() { return members; }
    List<AgendaSlot> agenda() { return agenda; }
}
