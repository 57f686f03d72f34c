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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

@Entity
@Table(name = "review")
class Review {

    static final int TITLE_MAX = 200;
    static final int MIN_TIMEBOX = 15;
    static final int MAX_TIMEBOX = 180;
    static final int OVERRIDE_MAX = 2000;
    static final int MAX_AGENDA_ITEMS = 30;
    static final int CANCELLATION_REASON_MAX = 2000;

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

    /** One more per change of the schedule after opening: the calendar invitation's SEQUENCE. */
    @Column(name = "schedule_sequence", nullable = false)
    private int scheduleSequence;

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

    /** The minutes the agenda ran over the timebox when the moderator confirmed starting anyway; null when it fitted. */
    @Column(name = "agenda_overrun_minutes")
    private Integer agendaOverrunMinutes;

    /** The earlier review this one follows up on (a revisit, the next review of the same doc); null for none. */
    @Column(name = "follows_review_id")
    private UUID followsReviewId;

    @Column(name = "agenda_overrun_confirmed_by", length = 100)
    private String agendaOverrunConfirmedBy;

    /** When a moderator cancelled the review before its meeting; null while it goes ahead. */
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by", length = 100)
    private String cancelledBy;

    @Column(name = "cancellation_reason", length = CANCELLATION_REASON_MAX)
    private String cancellationReason;

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

    /**
     * Who takes which role, the moderator being the caller. One person may hold the combinations
     * small teams use (the moderator who also decides or wrote the doc, the author who decides);
     * an attendee who already takes part in another role is simply that role. Refused is only
     * what contradicts itself: an observer reads along and takes no part, so an observer holds
     * no other role.
     */
    record People(String author, String decisionMaker, Set<String> attendees, Set<String> observers) {

        List<Membership> memberships(String moderator) {
            var byPerson = new LinkedHashMap<String, EnumSet<ReviewRole>>();
            byPerson.put(moderator, EnumSet.of(ReviewRole.MODERATOR));
            assign(byPerson, author, ReviewRole.AUTHOR);
            assign(byPerson, decisionMaker, ReviewRole.DECISION_MAKER);
            attendees.stream().sorted().forEach(u -> assign(byPerson, u, ReviewRole.ATTENDEE));
            observers.stream().sorted().forEach(u -> assign(byPerson, u, ReviewRole.OBSERVER));
            return byPerson.entrySet().stream()
                    .flatMap(e -> e.getValue().stream().map(role -> new Membership(e.getKey(), role)))
                    .toList();
        }

        private static void assign(Map<String, EnumSet<ReviewRole>> byPerson, String username, ReviewRole role) {
            if (username == null || username.isBlank()) {
                return;
            }
            EnumSet<ReviewRole> held = byPerson.computeIfAbsent(username, u -> EnumSet.noneOf(ReviewRole.class));
            conflict(held, role).ifPresent(message -> {
                throw new InvalidReviewException(username + " " + message);
            });
            if (role == ReviewRole.ATTENDEE && !held.isEmpty()) {
                return; // the moderator, author and decision maker attend anyway
            }
            held.remove(ReviewRole.ATTENDEE);
            held.add(role);
        }

        /**
         * The form's live check, before anything is saved: every refused combination (as
         * {@link #memberships} would refuse it) and a hint for each combination that is allowed but
         * has a cost, with people named by {@code name}.
         */
        RoleCheck check(String moderator, Function<String, String> name) {
            var problems = new ArrayList<String>();
            var byPerson = new LinkedHashMap<String, EnumSet<ReviewRole>>();
            byPerson.put(moderator, EnumSet.of(ReviewRole.MODERATOR));
            var picks = new ArrayList<Map.Entry<String, ReviewRole>>();
            if (author != null && !author.isBlank()) picks.add(Map.entry(author, ReviewRole.AUTHOR));
            if (decisionMaker != null && !decisionMaker.isBlank()) picks.add(Map.entry(decisionMaker, ReviewRole.DECISION_MAKER));
            attendees.stream().sorted().forEach(u -> picks.add(Map.entry(u, ReviewRole.ATTENDEE)));
            observers.stream().sorted().forEach(u -> picks.add(Map.entry(u, ReviewRole.OBSERVER)));
            for (var pick : picks) {
                try {
                    assign(byPerson, pick.getKey(), pick.getValue());
                } catch (InvalidReviewException e) {
                    problems.add(name.apply(pick.getKey()) + e.getMessage().substring(pick.getKey().length()));
                }
            }
            var hints = new ArrayList<String>();
            Set<ReviewRole> mine = byPerson.get(moderator);
            if (mine.contains(ReviewRole.DECISION_MAKER)) {
                hints.add("You moderate and decide: that works in a small team, but a separate moderator leaves the decider free to listen.");
            }
            if (mine.contains(ReviewRole.AUTHOR)) {
                hints.add("You moderate and present your own doc: a separate moderator keeps the time and the discussion even-handed.");
            }
            byPerson.forEach((person, roles) -> {
                if (!person.equals(moderator) && roles.containsAll(EnumSet.of(ReviewRole.AUTHOR, ReviewRole.DECISION_MAKER))) {
                    hints.add(name.apply(person) + " wrote the doc and decides on it: a decision maker who did not write it hears the objections with fresh eyes.");
                }
            });
            return new RoleCheck(List.copyOf(problems), List.copyOf(hints));
        }

        /**
         * Why one person cannot take {@code role} on top of the roles they {@code hold}, completing
         * "Olga ...": "is picked as observer and as decision maker: an observer only reads along".
         */
        static Optional<String> conflict(Set<ReviewRole> held, ReviewRole role) {
            boolean observing = held.contains(ReviewRole.OBSERVER) || role == ReviewRole.OBSERVER;
            boolean other = role != ReviewRole.OBSERVER || held.stream().anyMatch(ReviewRole::participates);
            if (!observing || !other || held.isEmpty()) {
                return Optional.empty();
            }
            ReviewRole taking = held.stream().filter(ReviewRole::participates).findFirst().orElse(role);
            return Optional.of("is picked as observer and as " + taking.label().toLowerCase()
                    + ": an observer only reads along and takes no part, so pick one");
        }
    }

    /**
     * What one person holds in the review.
     *
     * @return their roles in {@link ReviewRole}'s order; empty when they are not in the review
     */
    EnumSet<ReviewRole> rolesOf(String username) {
        var held = EnumSet.noneOf(ReviewRole.class);
        members.stream().filter(m -> m.username().equals(username)).map(Membership::role).forEach(held::add);
        return held;
    }

    /**
     * Gives one person exactly these roles: a new member joins, a member's roles change, an empty
     * set removes them. The same rules as at opening hold (an observer takes no other role, an
     * attendee who holds another role is that role), and the review always keeps a moderator.
     *
     * @throws InvalidReviewException naming the person by {@code name} when the roles contradict
     *                                themselves or the last moderator would go
     */
    void assignRoles(String username, Set<ReviewRole> roles, String name) {
        refuseIfCancelled();
        var wanted = roles.isEmpty() ? EnumSet.noneOf(ReviewRole.class) : EnumSet.copyOf(roles);
        if (wanted.contains(ReviewRole.OBSERVER) && wanted.size() > 1) {
            ReviewRole other = wanted.stream().filter(ReviewRole::participates).findFirst().orElseThrow();
            throw new InvalidReviewException(name + " cannot observe and be " + other.label().toLowerCase()
                    + " at once: an observer only reads along and takes no part, so pick one");
        }
        if (wanted.size() > 1) {
            wanted.remove(ReviewRole.ATTENDEE); // the moderator, author and decision maker attend anyway
        }
        boolean moderatorLeft = members.stream()
                .anyMatch(m -> m.role() == ReviewRole.MODERATOR && !m.username().equals(username));
        if (!moderatorLeft && !wanted.contains(ReviewRole.MODERATOR)) {
            throw new InvalidReviewException(name + " is the review's only moderator: make someone else moderator first");
        }
        members.removeIf(m -> m.username().equals(username));
        wanted.forEach(role -> members.add(new Membership(username, role)));
    }

    /** Every moderator's username, sorted. */
    List<String> moderators() {
        return members.stream().filter(m -> m.role() == ReviewRole.MODERATOR).map(Membership::username).sorted().toList();
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
        refuseIfCancelled();
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

    /** Records the earlier review this one follows up on, once, when it is opened. */
    void follow(UUID earlierReviewId) {
        this.followsReviewId = earlierReviewId;
    }

    Optional<UUID> followsReviewId() {
        return Optional.ofNullable(followsReviewId);
    }

    Optional<DocReference> source() {
        return sourceCommit == null ? Optional.empty()
                : Optional.of(new DocReference(sourceRepositoryId, sourcePath, sourceCommit));
    }

    Optional<ScheduledStart> scheduledStart() {
        return scheduledStart == null ? Optional.empty()
                : Optional.of(ScheduledStart.of(scheduledStart, ZoneId.of(scheduledZone)));
    }

    int scheduleSequence() {
        return scheduleSequence;
    }

    /**
     * Moves the meeting; only before it starts and not into the past. Each change counts one more
     * revision of the schedule.
     *
     * @throws InvalidReviewException when the meeting has started or the start has passed
     */
    void reschedule(ScheduledStart start, Instant now) {
        refuseIfCancelled();
        if (agendaLocked) {
            throw new InvalidReviewException("The meeting has started: its schedule can no longer change");
        }
        if (start.instant().isBefore(now)) {
            throw new InvalidReviewException("The scheduled start " + start.label() + " is in the past");
        }
        this.scheduledStart = start.instant();
        this.scheduledZone = start.zone().getId();
        this.scheduleSequence++;
    }

    /** Replaces the agenda; only before the meeting starts. */
    void replan(List<AgendaItemDraft> items) {
        refuseIfCancelled();
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
        refuseIfCancelled();
        agendaLocked = true;
    }

    /**
     * The meeting starts with this agenda. An agenda longer than the timebox starts only when the
     * moderator confirmed that very overrun ({@code confirmedOverrun} minutes, 0 for none), which
     * the summary then records; an agenda changed since they were asked is asked about again.
     */
    void lockAgenda(int confirmedOverrun, String by) {
        refuseIfCancelled();
        int overrun = agendaOverrun();
        if (overrun > 0 && confirmedOverrun != overrun) {
            throw new InvalidReviewException("The agenda is " + overrun + " min over the " + timeboxMinutes
                    + "-minute timebox: confirm the overrun to start");
        }
        if (overrun > 0) {
            agendaOverrunMinutes = overrun;
            agendaOverrunConfirmedBy = by;
        }
        lockAgenda();
    }

    /** How many minutes the agenda's items add up to beyond the timebox; 0 when they fit. */
    int agendaOverrun() {
        return Math.max(0, agenda.stream().mapToInt(AgendaSlot::plannedMinutes).sum() - timeboxMinutes);
    }

    Integer agendaOverrunMinutes() { return agendaOverrunMinutes; }
    String agendaOverrunConfirmedBy() { return agendaOverrunConfirmedBy; }

    boolean agendaLocked() { return agendaLocked; }

    /** Lets the meeting start despite readiness blockers; the reason goes into the summary. */
    void overrideReadiness(String reason, String by, Instant at) {
        refuseIfCancelled();
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

    /**
     * A moderator calls the review off before its meeting starts, saying why. The schedule counts
     * one more revision: the calendar cancellation's SEQUENCE (RFC 5546 3.2.5) is above every
     * invitation sent. From then on the review is read-only ({@link #refuseIfCancelled}).
     *
     * @throws InvalidReviewException when the meeting has started, the review is already cancelled,
     *                                or the reason is blank or over {@value #CANCELLATION_REASON_MAX} characters
     */
    void cancel(String reason, String by, Instant at) {
        refuseIfCancelled();
        if (agendaLocked) {
            throw new InvalidReviewException("The meeting has started: a started review is ended in the room, not cancelled");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidReviewException("Write why the review is cancelled: everyone in it is told");
        }
        if (reason.strip().length() > CANCELLATION_REASON_MAX) {
            throw new InvalidReviewException("Keep the reason under " + CANCELLATION_REASON_MAX + " characters");
        }
        this.cancellationReason = reason.strip();
        this.cancelledBy = by;
        this.cancelledAt = at;
        this.scheduleSequence++;
    }

    /** @throws InvalidReviewException saying why, once the review is cancelled: nothing in it changes any more */
    void refuseIfCancelled() {
        if (cancelledAt != null) {
            throw new InvalidReviewException(cancelledMessage(cancellationReason));
        }
    }

    /** "The review was cancelled: the vendor withdrew the offer", as every refusal of a cancelled review says it. */
    static String cancelledMessage(String reason) {
        return "The review was cancelled: " + reason;
    }

    boolean cancelled() { return cancelledAt != null; }
    Instant cancelledAt() { return cancelledAt; }
    String cancelledBy() { return cancelledBy; }
    String cancellationReason() { return cancellationReason; }

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
