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
import java.time.ZoneId;
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

    /*
     * Both collections are read by their own query, not joined to the review's row: a join
     * repeats the row, design doc and all, once per member and agenda item (fifty copies of a
     * 150 KB doc per read on PostgreSQL; CaptureBenchmark).
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "review_member", joinColumns = @JoinColumn(name = "review_id"))
    private Set<Membership> members = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "agenda_item", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<AgendaSlot> agenda = new ArrayList<>();

    @Column(name = "agenda_locked", nullable = false)
    private boolean agendaLocked;

    @Column(name = "scheduled_start")
    private Instant scheduledStart;

    @Column(name = "scheduled_zone", length = 60)
    private String scheduledZone;

    @Column(name = "source_repository_id")
    private UUID sourceRepositoryId;

    @Column(name = "source_path", length = 1000)
    private String sourcePath;

    @Column(name = "source_commit", length = 40)
    private String sourceCommit;

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

    Review(UUID id, String title, String designDoc, DocReference source, int timeboxMinutes, String moderator,
           People people, ScheduledStart scheduledStart, List<PlannedItem> plan, Instant createdAt) {
        if (title == null || title.isBlank()) {
            throw new InvalidReviewException("Give the review a title");
        }
        if (timeboxMinutes < MIN_TIMEBOX || timeboxMinutes > MAX_TIMEBOX) {
            throw new InvalidReviewException("The timebox is between " + MIN_TIMEBOX + " and " + MAX_TIMEBOX + " minutes");
        }
        if (scheduledStart != null && scheduledStart.instant().isBefore(createdAt)) {
            throw new InvalidReviewException("The scheduled start " + scheduledStart.label() + " is in the past");
        }
        this.id = id;
        this.title = title.strip();
        this.designDoc = DesignDoc.check(designDoc);
        this.timeboxMinutes = timeboxMinutes;
        this.moderator = moderator;
        this.createdAt = createdAt;
        if (scheduledStart != null) {
            this.scheduledStart = scheduledStart.instant();
            this.scheduledZone = scheduledStart.zone().getId();
        }
        if (source != null) {
            pin(source);
        }
        people.memberships(moderator).forEach(members::add);
        plan.forEach(item -> agenda.add(new AgendaSlot(fit(item.title()), item.minutes(), item.sectionMarkdown())));
    }

    /** Who takes which role: one role per person, the moderator being the caller. */
    record People(String author, String decisionMaker, java.util.Set<String> attendees, java.util.Set<String> observers) {

        List<Membership> memberships(String moderator) {
            var byPerson = new java.util.LinkedHashMap<String, ReviewRole>();
            byPerson.put(moderator, ReviewRole.MODERATOR);
            assign(byPerson, author, ReviewRole.AUTHOR);
            assign(byPerson, decisionMaker, ReviewRole.DECISION_MAKER);
            attendees.stream().sorted().forEach(u -> assign(byPerson, u, ReviewRole.ATTENDEE));
            observers.stream().sorted().forEach(u -> assign(byPerson, u, ReviewRole.OBSERVER));
            return byPerson.entrySet().stream().map(e -> new Membership(e.getKey(), e.getValue())).toList();
        }

        private static void assign(java.util.Map<String, ReviewRole> byPerson, String username, ReviewRole role) {
            if (username == null || username.isBlank()) {
                return;
            }
            ReviewRole taken = byPerson.get(username);
            if (taken == ReviewRole.MODERATOR && role == ReviewRole.ATTENDEE) {
                return; // the moderator attends anyway
            }
            if (taken != null && taken != role) {
                throw new InvalidReviewException(username + " is picked as " + taken.label().toLowerCase() + " and as "
                        + role.label().toLowerCase() + ": give each person one role");
            }
            byPerson.put(username, role);
        }
    }

    /** The doc now refers to this commit of the repository file. */
    private void pin(DocReference source) {
        this.sourceRepositoryId = source.repositoryId();
        this.sourcePath = source.path();
        this.sourceCommit = source.commit();
    }

    /**
     * "Update to latest": the doc is replaced by the file at a newer commit and the agenda planned
     * afresh; only before the meeting starts.
     */
    void repin(String newCommit, String newDoc, List<PlannedItem> plan) {
        if (agendaLocked) {
            throw new InvalidReviewException("The meeting has started: the doc stays at the commit it started with");
        }
        if (sourceCommit == null) {
            throw new InvalidReviewException("This review's doc was pasted or uploaded, not taken from a repository");
        }
        this.designDoc = DesignDoc.check(newDoc);
        pin(new DocReference(sourceRepositoryId, sourcePath, newCommit));
        agenda.clear();
        plan.forEach(item -> agenda.add(new AgendaSlot(fit(item.title()), item.minutes(), item.sectionMarkdown())));
    }

    Optional<DocReference> source() {
        return sourceCommit == null ? Optional.empty()
                : Optional.of(new DocReference(sourceRepositoryId, sourcePath, sourceCommit));
    }

    Optional<ScheduledStart> scheduledStart() {
        return scheduledStart == null ? Optional.empty()
                : Optional.of(ScheduledStart.of(scheduledStart, ZoneId.of(scheduledZone)));
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

    UUID id() { return id; }
    String title() { return title; }
    String designDoc() { return designDoc; }
    int timeboxMinutes() { return timeboxMinutes; }
    String moderator() { return moderator; }
    Instant createdAt() { return createdAt; }
    Set<Membership> members() { return members; }
    List<AgendaSlot> agenda() { return agenda; }
}
