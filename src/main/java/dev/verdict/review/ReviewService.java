package dev.verdict.review;

import dev.verdict.agenda.AgendaPlanner;
import dev.verdict.agenda.Readiness;
import dev.verdict.agenda.ReadinessCheck;
import dev.verdict.agenda.SectionLoad;
import dev.verdict.identity.CurrentUser;
import dev.verdict.identity.Person;
import dev.verdict.identity.UserDirectory;
import dev.verdict.repository.DocumentService;
import dev.verdict.shared.AuditLog;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Opens reviews and answers who may do what in them. */
@Service
@Validated
@Transactional(readOnly = true)
public class ReviewService {

    private static final LocalTime MORNING = LocalTime.of(10, 0);

    private final Reviews reviews;
    private final AgendaPlanner planner;
    private final ReadinessCheck readinessCheck;
    /** Readiness and section titles per review, kept with the doc text they were derived from. */
    private final java.util.Map<UUID, CheckedDoc> derivedByReview = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<UUID, CheckedDoc> eldest) {
                    return size() > 256;
                }
            });
    private final UserDirectory directory;
    private final DocumentService documents;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Duration preReadLead;
    private final List<ReviewProgress> progress;
    private final AuditLog audit;
    private final ModerationVacancy vacancy;
    private final CarriedItems carried;

    ReviewService(Reviews reviews, AgendaPlanner planner, ReadinessCheck readinessCheck, UserDirectory directory,
                  DocumentService documents, Clock clock, ApplicationEventPublisher events,
                  @Value("${verdict.preread.min-lead-time:24h}") Duration preReadLead, List<ReviewProgress> progress,
                  AuditLog audit, ModerationVacancy vacancy, CarriedItems carried) {
        this.carried = carried;
        this.audit = audit;
        this.vacancy = vacancy;
        this.preReadLead = preReadLead;
        this.progress = progress;
        this.documents = documents;
        this.events = events;
        this.reviews = reviews;
        this.planner = planner;
        this.readinessCheck = readinessCheck;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Opens a review with the caller as moderator; the agenda is planned from the doc's sections.
     * It follows up on the review the request names, else on the latest decided review of the same
     * repository file the caller is in: the items that review parked "for the next review" join the
     * agenda before the decision item ({@link AgendaPlanner#plan(String, int, SectionLoad, List)}).
     *
     * @throws InvalidReviewException for an unknown person, a contradictory team, or a review to
     *                                follow up on that is not decided or not the caller's
     */
    @Transactional
    public UUID open(@Valid NewReview request) {
        String moderator = CurrentUser.username();
        Stream.concat(request.attendees().stream(), request.observers().stream())
                .filter(u -> directory.find(u).isEmpty())
                .findFirst()
                .ifPresent(u -> {
                    throw new InvalidReviewException("Unknown person: " + u);
                });
        Stream.of(request.author(), request.decisionMaker())
                .filter(u -> u != null && !u.isBlank() && directory.find(u).isEmpty())
                .findFirst()
                .ifPresent(u -> {
                    throw new InvalidReviewException("Unknown person: " + u);
                });
        DocReference source = request.source();
        String doc = DesignDoc.check(source == null ? request.designDoc()
                : documents.read(source.repositoryId(), source.path(), source.commit()));
        var people = new Review.People(request.author(), request.decisionMaker(),
                Set.copyOf(request.attendees()), Set.copyOf(request.observers()));
        List<String> conflicts = people.check(moderator, this::displayName).conflicts();
        if (!conflicts.isEmpty()) {
            throw new InvalidReviewException(conflicts.getFirst());
        }
        UUID earlier = earlierReview(request, moderator);
        var review = new Review(UUID.randomUUID(), request.title(), doc, source, request.timeboxMinutes(), moderator,
                people, request.scheduledStart(),
                planner.plan(doc, request.timeboxMinutes(), SectionLoad.NONE, carriedFrom(earlier)), clock.instant());
        if (earlier != null) {
            review.follow(earlier);
        }
        Review saved = reviews.save(review);
        audit.record(saved.id(), "review opened", request.title(), null, membersLine(saved));
        audit.record(saved.id(), "agenda planned", null, null, agendaLine(saved));
        if (earlier != null) {
            audit.record(saved.id(), "follows up on a decided review", null, null, earlier.toString());
        }
        events.publishEvent(new ReviewOpened(saved.id()));
        return saved.id();
    }

    /**
     * The review a new one follows up on: the one named (the caller must be in it, and it must be
     * decided), else the latest decided review of the same repository file the caller is in; null for none.
     */
    private UUID earlierReview(NewReview request, String caller) {
        Set<UUID> visible = reviews.idsOfMember(caller);
        if (request.followsReviewId() != null) {
            UUID named = request.followsReviewId();
            if (!visible.contains(named)) {
                throw new InvalidReviewException("The review to follow up on is not one of yours");
            }
            if (!decided(named)) {
                throw new InvalidReviewException("The review to follow up on has no decision yet");
            }
            return named;
        }
        DocReference source = request.source();
        if (source == null) {
            return null;
        }
        return reviews.idsOfDoc(source.repositoryId(), source.path()).stream()
                .filter(visible::contains)
                .filter(this::decided)
                .findFirst().orElse(null);
    }

    private List<String> carriedFrom(UUID earlierReviewId) {
        return earlierReviewId == null ? List.of() : carried.forNextReview(earlierReviewId);
    }

    /** What a review follows up on, as its members see it (ADR 21). */
    public record FollowedReview(UUID id, String title, ReviewStatus status, String outcome, String adrPath,
                                 boolean callerIsMember) {
    }

    /**
     * The decided review this one follows up on (a revisit, or the previous review of the same doc),
     * for the members of this one: the moderator who opened it chose to carry that review's decision
     * forward, so they see it even when they were not in it (ADR 21).
     *
     * @throws AccessDeniedException when the caller is not in {@code reviewId}
     */
    public Optional<FollowedReview> followed(UUID reviewId) {
        roleOfCaller(reviewId);
        return reviews.followedBy(reviewId).flatMap(reviews::findById).map(earlier -> {
            var p = new HashMap<UUID, ReviewProgress.Progress>();
            progress.forEach(source -> source.progressOf(List.of(earlier.id()))
                    .forEach((id, known) -> p.merge(id, known, ReviewProgress.Progress::merge)));
            var known = p.getOrDefault(earlier.id(), ReviewProgress.Progress.of(ReviewStatus.DRAFT));
            boolean member = CurrentUser.isSystem()
                    || earlier.members().stream().anyMatch(m -> m.username().equals(CurrentUser.username()));
            return new FollowedReview(earlier.id(), earlier.title(), known.status(), known.outcome(), known.adrPath(), member);
        });
    }

    /** "alice: attendee; mia: moderator", sorted, as the trail shows a review's members. */
    private static String membersLine(Review review) {
        return review.members().stream().map(m -> m.username() + ": " + m.role().name().toLowerCase().replace('_', ' '))
                .sorted().collect(Collectors.joining("; "));
    }

    /** "Problem 5 min; Proposal 10 min", as the trail shows an agenda. */
    private static String agendaLine(Review review) {
        return review.agenda().stream().map(a -> a.title() + " " + a.plannedMinutes() + " min")
                .collect(Collectors.joining("; "));
    }

    /**
     * "Update to latest": fetches the doc's branch and re-pins the doc to its head, planning the
     * agenda afresh; says which sections were added and removed. Only the moderator, only before
     * the meeting starts.
     */
    @Transactional
    public DocUpdate updateToLatest(UUID reviewId) {
        require(reviewId, ReviewRole.MODERATOR);
        Review review = load(reviewId);
        review.refuseIfCancelled();
        DocReference pinned = review.source().orElseThrow(() ->
                new InvalidReviewException("This review's doc was pasted or uploaded: there is no newer version to fetch"));
        if (review.agendaLocked()) {
            throw new InvalidReviewException("The meeting has started: the doc stays at the commit it started with");
        }
        String head = documents.browse(pinned.repositoryId()).headCommit();
        if (head.equals(pinned.commit())) {
            return new DocUpdate(pinned.commit(), head, List.of(), List.of());
        }
        String newDoc = DesignDoc.check(documents.read(pinned.repositoryId(), pinned.path(), head));
        var before = dev.verdict.agenda.DocOutline.titles(review.designDoc());
        var after = dev.verdict.agenda.DocOutline.titles(newDoc);
        String agendaBefore = agendaLine(review);
        review.repin(head, newDoc, planner.plan(newDoc, review.timeboxMinutes(), SectionLoad.NONE,
                carriedFrom(review.followsReviewId().orElse(null))));
        audit.record(reviewId, "doc updated to latest", pinned.path(), pinned.commit(), head);
        audit.record(reviewId, "agenda planned", null, agendaBefore, agendaLine(review));
        events.publishEvent(new AgendaChanged(reviewId));
        events.publishEvent(new DocRepinned(reviewId, after));
        return new DocUpdate(pinned.commit(), head,
                after.stream().filter(t -> !before.contains(t)).toList(),
                before.stream().filter(t -> !after.contains(t)).toList());
    }

    /**
     * The reviews the caller belongs to, newest first, once each with the caller's first role and
     * where each stands (merged from every module's {@link ReviewProgress}); no doc is read.
     */
    public List<ReviewSummary> mine() {
        var seen = new HashSet<UUID>();
        List<ReviewListing> listed = reviews.listedFor(CurrentUser.username()).stream()
                .sorted(Comparator.comparing(ReviewListing::createdAt).reversed().thenComparing(ReviewListing::role))
                .filter(r -> seen.add(r.id()))
                .toList();
        var known = new HashMap<UUID, ReviewProgress.Progress>();
        if (!listed.isEmpty()) {
            progress.forEach(source -> source.progressOf(seen).forEach((id, p) -> known.merge(id, p, ReviewProgress.Progress::merge)));
        }
        return listed.stream().map(r -> {
            var p = known.getOrDefault(r.id(), ReviewProgress.Progress.of(ReviewStatus.DRAFT));
            return new ReviewSummary(r.id(), r.title(), r.role(), r.timeboxMinutes(), r.agendaItems(), r.createdAt(),
                    r.scheduledStart() == null ? null : ScheduledStart.of(r.scheduledStart(), ZoneId.of(r.scheduledZone())),
                    statusOf(p, r.scheduledStart() != null, r.cancellationReason()), p.outcome(), p.adrPath(),
                    r.cancellationReason());
        }).toList();
    }

    /**
     * An open pre-read with a date for the meeting is a scheduled review; a cancelled review is
     * cancelled whatever the modules report (it never started, so nothing later can be reported).
     */
    private static ReviewStatus statusOf(ReviewProgress.Progress progress, boolean scheduled, String cancellationReason) {
        if (cancellationReason != null) {
            return ReviewStatus.CANCELLED;
        }
        return progress.status() == ReviewStatus.PRE_READ_OPEN && scheduled ? ReviewStatus.SCHEDULED : progress.status();
    }

    /**
     * Which reviews the caller may read: background work every one, anyone else (admins too) those
     * they are in. Admins manage repositories and read the audit trail; a team's review is its own.
     */
    public Visibility visibility() {
        if (CurrentUser.isSystem()) {
            return new Visibility(true, Set.of());
        }
        return new Visibility(false, Set.copyOf(reviews.idsOfMember(CurrentUser.username())));
    }

    /**
     * Every review the caller is in (background work: all), newest first, with where each stands, how it
     * ended and who decided; merged from every module's {@link ReviewProgress} like {@link #mine()}.
     */
    public List<ReviewOverview> history() {
        boolean all = CurrentUser.isSystem();
        List<HistoryListing> listed = (all ? reviews.listedAll() : reviews.listedVisibleTo(CurrentUser.username())).stream()
                .sorted(Comparator.comparing(HistoryListing::createdAt).reversed())
                .toList();
        if (listed.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = listed.stream().map(HistoryListing::id).collect(Collectors.toSet());
        var known = new HashMap<UUID, ReviewProgress.Progress>();
        progress.forEach(source -> source.progressOf(ids).forEach((id, p) -> known.merge(id, p, ReviewProgress.Progress::merge)));
        var named = new HashMap<UUID, String>();
        reviews.namedDecisionMakersOf(ids).forEach(m -> named.putIfAbsent(m.reviewId(), m.username()));
        var people = new HashMap<String, Person>();
        var repositories = new HashMap<UUID, String>();
        return listed.stream().map(r -> {
            var p = known.getOrDefault(r.id(), ReviewProgress.Progress.of(ReviewStatus.DRAFT));
            String decider = p.decidedBy() != null ? p.decidedBy() : named.get(r.id());
            return new ReviewOverview(r.id(), r.title(), statusOf(p, r.scheduledStart() != null, r.cancellationReason()), p.outcome(),
                    decider == null ? null : people.computeIfAbsent(decider, directory::describe),
                    r.sourceRepositoryId() == null ? null : repositories.computeIfAbsent(r.sourceRepositoryId(), documents::name),
                    r.createdAt(),
                    r.scheduledStart() == null ? null : ScheduledStart.of(r.scheduledStart(), ZoneId.of(r.scheduledZone())),
                    p.decidedAt(), p.adrPath(), p.tags().stream().sorted().toList(), r.cancellationReason());
        }).toList();
    }

    public ReviewDetails details(UUID reviewId) {
        Review review = load(reviewId);
        requireMember(review);
        return toDetails(review);
    }

    /**
     * Everyone in the review (who may own a risk or an action) and the caller's role; refuses
     * anyone outside it. From the member list alone, like {@link #roleOfCaller}.
     */
    public ReviewTeam team(UUID reviewId) {
        List<Membership> members = membersOf(reviewId);
        return new ReviewTeam(roleIn(members),
                members.stream().map(Membership::username).collect(Collectors.toUnmodifiableSet()));
    }

    /** The caller's role in the review; refuses anyone outside it. */
    public ReviewRole roleOfCaller(UUID reviewId) {
        // From the member list alone: asked before every capture and command, and the review's
        // row carries the whole doc.
        return roleIn(membersOf(reviewId));
    }

    /** Refuses the call unless the caller holds one of the roles (the system actor always may). */
    public void require(UUID reviewId, ReviewRole... allowed) {
        if (CurrentUser.isSystem()) {
            load(reviewId);
            return;
        }
        Set<ReviewRole> held = rolesIn(membersOf(reviewId));
        if (held.stream().noneMatch(List.of(allowed)::contains)) {
            throw new AccessDeniedException("As " + held.iterator().next().label().toLowerCase()
                    + " you cannot do this in this review");
        }
    }

    /**
     * Whether the team may still change: until the decision is recorded, and not once the review is
     * cancelled. Any member may ask.
     *
     * @throws AccessDeniedException when the caller is not in the review
     */
    public boolean teamChangeable(UUID reviewId) {
        roleOfCaller(reviewId);
        return !decided(reviewId) && reviews.cancellationReasonOf(reviewId).isEmpty();
    }

    /**
     * A moderator adds a person in one role (a late attendee, a second moderator). Until the review
     * is closed; a pre-read already open invites them too.
     *
     * @throws InvalidReviewException for an unknown person, someone already in the review, a closed
     *                                review, or a role that contradicts the rules of {@link Review#assignRoles}
     * @throws AccessDeniedException  unless the caller moderates the review
     */
    @Transactional
    public void addMember(UUID reviewId, String username, ReviewRole role) {
        Review review = teamToChange(reviewId);
        if (username == null || directory.find(username).isEmpty()) {
            throw new InvalidReviewException("Unknown person: " + username);
        }
        if (!review.rolesOf(username).isEmpty()) {
            throw new InvalidReviewException(displayName(username) + " is already in the review: change their roles instead");
        }
        review.assignRoles(username, Set.of(role), displayName(username));
        saveTeam(review);
        audit.record(reviewId, "member added", username, null, rolesLine(review.rolesOf(username)));
        events.publishEvent(new TeamChanged(reviewId, Set.of(username), Set.of()));
    }

    /**
     * A moderator gives a member exactly these roles (another moderator, a new decision maker, an
     * attendee who now only observes). Until the review is closed.
     *
     * @throws InvalidReviewException for someone not in the review, no roles at all (use
     *                                {@link #removeMember}), a closed review, contradicting roles or
     *                                the last moderator stepping down
     * @throws AccessDeniedException  unless the caller moderates the review
     */
    @Transactional
    public void changeRoles(UUID reviewId, String username, Set<ReviewRole> roles) {
        Review review = teamToChange(reviewId);
        var before = review.rolesOf(username);
        if (before.isEmpty()) {
            throw new InvalidReviewException(displayName(username) + " is not in the review");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidReviewException("Give " + displayName(username) + " at least one role, or remove them from the review");
        }
        review.assignRoles(username, roles, displayName(username));
        if (before.equals(review.rolesOf(username))) {
            return;
        }
        saveTeam(review);
        audit.record(reviewId, "roles changed", username, rolesLine(before), rolesLine(review.rolesOf(username)));
        events.publishEvent(new TeamChanged(reviewId, Set.of(), Set.of()));
    }

    /**
     * A moderator removes a member, who loses access at once: services refuse them and their open
     * screens say so. What they captured or commented stays. Until the review is closed.
     *
     * @throws InvalidReviewException for someone not in the review, a closed review, or the last moderator
     * @throws AccessDeniedException  unless the caller moderates the review
     */
    @Transactional
    public void removeMember(UUID reviewId, String username) {
        Review review = teamToChange(reviewId);
        var before = review.rolesOf(username);
        if (before.isEmpty()) {
            throw new InvalidReviewException(displayName(username) + " is not in the review");
        }
        review.assignRoles(username, Set.of(), displayName(username));
        saveTeam(review);
        audit.record(reviewId, "member removed", username, rolesLine(before), null);
        events.publishEvent(new TeamChanged(reviewId, Set.of(), Set.of(username)));
    }

    /**
     * The moderator hands moderation to another participant in one step: they become moderator,
     * the caller keeps their other roles (or attends, if moderating was all they did).
     *
     * @throws InvalidReviewException for someone not in the review, an observer, the caller themself
     *                                or a closed review
     * @throws AccessDeniedException  unless the caller moderates the review
     */
    @Transactional
    public void handModerationTo(UUID reviewId, String username) {
        Review review = teamToChange(reviewId);
        String me = CurrentUser.username();
        var theirs = review.rolesOf(username);
        if (theirs.isEmpty()) {
            throw new InvalidReviewException(displayName(username) + " is not in the review");
        }
        if (username.equals(me)) {
            throw new InvalidReviewException("You already moderate this review");
        }
        if (!theirs.stream().allMatch(ReviewRole::participates)) {
            throw new InvalidReviewException(displayName(username) + " observes: make them an attendee first, then hand over");
        }
        var mine = review.rolesOf(me);
        var theirsAfter = EnumSet.copyOf(theirs);
        theirsAfter.add(ReviewRole.MODERATOR);
        review.assignRoles(username, theirsAfter, displayName(username));
        var mineAfter = EnumSet.copyOf(mine);
        mineAfter.remove(ReviewRole.MODERATOR);
        review.assignRoles(me, mineAfter.isEmpty() ? Set.of(ReviewRole.ATTENDEE) : mineAfter, displayName(me));
        saveTeam(review);
        audit.record(reviewId, "moderation handed over", username, me, username);
        events.publishEvent(new TeamChanged(reviewId, Set.of(), Set.of()));
    }

    /**
     * Whether the caller may {@link #takeOverModeration take over} now: they take part, do not
     * moderate, the review is not closed, and its meeting has been without a moderator for
     * {@link ModerationVacancy#takeoverAfter()}.
     */
    public boolean mayTakeOverModeration(UUID reviewId) {
        List<Membership> members = membersOf(reviewId);
        Set<ReviewRole> held = rolesIn(members);
        if (held.contains(ReviewRole.MODERATOR) || !held.stream().allMatch(ReviewRole::participates) || CurrentUser.isSystem()) {
            return false;
        }
        return vacancy.vacant(reviewId, moderatorsIn(members));
    }

    /**
     * An attendee takes over moderation of a meeting whose moderators have all left the room for
     * {@link ModerationVacancy#takeoverAfter()}: they become moderator too (the others keep their
     * role and are told). Recorded in the trail.
     *
     * @throws InvalidReviewException when a moderator is (back) in the room, or the review is closed
     * @throws AccessDeniedException  for observers and people outside the review
     */
    @Transactional
    public void takeOverModeration(UUID reviewId) {
        Review review = load(reviewId);
        Set<ReviewRole> held = rolesIn(review.members());
        if (!held.stream().allMatch(ReviewRole::participates)) {
            throw new AccessDeniedException("Observers read along; they cannot moderate");
        }
        if (held.contains(ReviewRole.MODERATOR)) {
            throw new InvalidReviewException("You already moderate this review");
        }
        if (decided(reviewId)) {
            throw new InvalidReviewException("The review is closed");
        }
        List<String> moderators = review.moderators();
        if (!vacancy.vacant(reviewId, moderators)) {
            throw new InvalidReviewException("A moderator has had the room open in the last "
                    + vacancy.takeoverAfter().toMinutes() + " min: moderation is not yours to take over");
        }
        String me = CurrentUser.username();
        var mine = EnumSet.copyOf(held);
        mine.add(ReviewRole.MODERATOR);
        review.assignRoles(me, mine, displayName(me));
        saveTeam(review);
        audit.record(reviewId, "moderation taken over",
                "no moderator had the room open for " + vacancy.takeoverAfter().toMinutes() + " min",
                String.join(", ", moderators), me);
        events.publishEvent(new TeamChanged(reviewId, Set.of(), Set.of()));
        events.publishEvent(new ModerationTakenOver(reviewId, review.title(), me, moderators));
    }

    /** The review, for a moderator's team change, refused once the decision is recorded. */
    private Review teamToChange(UUID reviewId) {
        require(reviewId, ReviewRole.MODERATOR);
        if (decided(reviewId)) {
            throw new InvalidReviewException("The review is closed: its team stays as it was when the decision was recorded");
        }
        return load(reviewId);
    }

    /** Flushes now, so that two moderators changing the team at once hear of it here, not at commit. */
    private void saveTeam(Review review) {
        try {
            reviews.saveAndFlush(review);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            throw new InvalidReviewException("Someone else changed the review meanwhile: look at the team again and retry");
        }
    }

    /** Whether the decision is recorded: from then on the review is closed (the publication may still run). */
    private boolean decided(UUID reviewId) {
        return progress.stream()
                .map(source -> source.progressOf(List.of(reviewId)).get(reviewId))
                .anyMatch(p -> p != null && p.status().compareTo(ReviewStatus.PUBLISHING) >= 0);
    }

    private static List<String> moderatorsIn(Collection<Membership> members) {
        return members.stream().filter(m -> m.role() == ReviewRole.MODERATOR).map(Membership::username).sorted().toList();
    }

    /** "moderator, decision maker", as the trail shows one person's roles. */
    private static String rolesLine(Set<ReviewRole> roles) {
        return roles.stream().map(r -> r.label().toLowerCase()).collect(java.util.stream.Collectors.joining(", "));
    }

    /** Where one review's doc came from: {@code repositoryId} null for a pasted or uploaded doc. */
    public record DocSource(UUID reviewId, UUID repositoryId) {
    }

    /**
     * The repositories these reviews' docs came from, in one query and without reading the docs:
     * for background work that goes through many reviews (the start-up reconciliation with git).
     *
     * @throws AccessDeniedException unless called as the system actor
     */
    public List<DocSource> docSources(java.util.Collection<UUID> reviewIds) {
        if (!CurrentUser.isSystem()) {
            throw new AccessDeniedException("Only background work reads many reviews at once");
        }
        return reviewIds.isEmpty() ? List.of() : reviews.docSourcesOf(reviewIds);
    }

    /**
     * The moderator moves the meeting (or gives it its first date) before it starts; the members'
     * calendars receive an update of the same invitation when the pre-read is open.
     *
     * @throws InvalidReviewException when the meeting has started or the start is in the past
     */
    @Transactional
    public void reschedule(UUID reviewId, @Valid ScheduledStart start) {
        require(reviewId, ReviewRole.MODERATOR);
        Review review = load(reviewId);
        String before = review.scheduledStart().map(ScheduledStart::label).orElse(null);
        review.reschedule(start, clock.instant());
        audit.record(reviewId, "meeting rescheduled", null, before, start.label());
        events.publishEvent(new ReviewRescheduled(reviewId, review.scheduleSequence(), CurrentUser.username()));
    }

    /**
     * A moderator cancels the review before its meeting starts, with the reason everyone in it is
     * told. The review becomes read-only: its pre-read, agenda, team and schedule refuse changes and
     * the meeting refuses to start (ADR 28). After commit the pre-read module tells the members and
     * sends the calendar cancellation ({@link ReviewCancelled}, {@code METHOD:CANCEL} at the next SEQUENCE).
     *
     * @param reason why, at most 2000 characters; shown on the review's pages and in the lists
     * @throws InvalidReviewException when the meeting has started, the decision is recorded, the review
     *                                is already cancelled, or the reason is blank or too long
     * @throws AccessDeniedException  unless the caller moderates the review
     */
    @Transactional
    public void cancel(UUID reviewId, String reason) {
        require(reviewId, ReviewRole.MODERATOR);
        Review review = load(reviewId);
        if (decided(reviewId)) {
            throw new InvalidReviewException("The decision is recorded: a decided review is not cancelled");
        }
        review.cancel(reason, CurrentUser.username(), clock.instant());
        audit.record(reviewId, "review cancelled", review.cancellationReason(),
                review.scheduledStart().map(ScheduledStart::label).orElse(null), null);
        events.publishEvent(new ReviewCancelled(reviewId, review.scheduleSequence(), CurrentUser.username()));
    }

    /**
     * Refuses a change to a cancelled review: asked by other modules before they change anything of
     * a review (a pre-read comment, a capture). Members and background work may ask.
     *
     * @throws InvalidReviewException "The review was cancelled: …" once a moderator cancelled it
     * @throws AccessDeniedException  when the caller is not in the review
     */
    public void requireNotCancelled(UUID reviewId) {
        roleOfCaller(reviewId);
        reviews.cancellationReasonOf(reviewId).ifPresent(reason -> {
            throw new InvalidReviewException(Review.cancelledMessage(reason));
        });
    }

    /**
     * The revision of the meeting's schedule: 0 as opened, one more per {@link #reschedule} and one
     * for a {@link #cancel}. Members only.
     */
    public int scheduleSequence(UUID reviewId) {
        Review review = load(reviewId);
        requireMember(review);
        return review.scheduleSequence();
    }

    /** The moderator's edited agenda replaces the planned one; the total may differ from the timebox. */
    @Transactional
    public void replanAgenda(UUID reviewId, List<@Valid AgendaItemDraft> items) {
        require(reviewId, ReviewRole.MODERATOR);
        Review review = load(reviewId);
        String before = agendaLine(review);
        review.replan(items);
        audit.record(reviewId, "agenda edited", null, before, agendaLine(review));
        events.publishEvent(new AgendaChanged(reviewId));
    }

    /**
     * Plans the agenda afresh from the pinned doc, weighing sections by their length and the
     * pre-read's comment load; the moderator's edits are replaced. Only the moderator, only
     * before the meeting starts.
     *
     * @throws InvalidReviewException when the meeting has started
     */
    @Transactional
    public void replanFromDoc(UUID reviewId, SectionLoad load) {
        require(reviewId, ReviewRole.MODERATOR);
        Review review = load(reviewId);
        String before = agendaLine(review);
        review.replan(planner.plan(review.designDoc(), review.timeboxMinutes(), load,
                        carriedFrom(review.followsReviewId().orElse(null))).stream()
                .map(p -> new AgendaItemDraft(p.title(), p.minutes(), p.sectionMarkdown())).toList());
        audit.record(reviewId, "agenda re-planned from the doc", null, before, agendaLine(review));
        events.publishEvent(new AgendaChanged(reviewId));
    }

    /** Called when the meeting starts: the agenda is fixed from then on. */
    @Transactional
    public void lockAgenda(UUID reviewId) {
        require(reviewId, ReviewRole.MODERATOR);
        load(reviewId).lockAgenda();
    }

    /**
     * Called when the meeting starts: the agenda is fixed from then on. An agenda over the timebox
     * is fixed only when the moderator confirmed that overrun ({@code confirmedOverrun} minutes).
     *
     * @throws InvalidReviewException when the agenda runs over by other than the confirmed minutes
     */
    @Transactional
    public void lockAgenda(UUID reviewId, int confirmedOverrun) {
        require(reviewId, ReviewRole.MODERATOR);
        load(reviewId).lockAgenda(confirmedOverrun, CurrentUser.username());
    }

    /** How the doc measures up to the gold-standard design-doc sections. */
    public Readiness readiness(UUID reviewId) {
        Review review = load(reviewId);
        requireMember(review);
        return readinessOf(review);
    }

    /** The moderator lets the meeting start despite readiness blockers, with a reason the summary records. */
    @Transactional
    public void overrideReadiness(UUID reviewId, String reason) {
        require(reviewId, ReviewRole.MODERATOR);
        load(reviewId).overrideReadiness(reason, CurrentUser.username(), clock.instant());
    }

    /**
     * Refuses to start a review whose doc lacks a rollback plan or failure modes, unless overridden,
     * and a cancelled review ({@link InvalidReviewException}).
     */
    public void requireReadyToStart(UUID reviewId) {
        Review review = load(reviewId);
        requireMember(review);
        review.refuseIfCancelled();
        if (review.readinessOverride() != null) {
            return;
        }
        Readiness readiness = readinessOf(review);
        if (readiness.blocksStart()) {
            throw new NotReadyException(readiness.blockers());
        }
    }

    /**
     * What is derived from a doc (its readiness, its section titles) and the doc it was derived
     * from: screens ask on every refresh, "Update to latest" changes the doc and with it the result.
     */
    private record CheckedDoc(String doc, Readiness readiness, List<String> sectionTitles) {
    }

    private CheckedDoc checked(Review review) {
        CheckedDoc cached = derivedByReview.get(review.id());
        if (cached != null && cached.doc().equals(review.designDoc())) {
            return cached;
        }
        var checked = new CheckedDoc(review.designDoc(), readinessCheck.check(review.designDoc()),
                dev.verdict.agenda.DocOutline.titles(review.designDoc()));
        derivedByReview.put(review.id(), checked);
        return checked;
    }

    private Readiness readinessOf(Review review) {
        return checked(review).readiness();
    }

    /** The titles of the doc's sections, nested ones included, in order: what comments are anchored to. */
    public List<String> sectionTitles(UUID reviewId) {
        Review review = load(reviewId);
        requireMember(review);
        return checked(review).sectionTitles();
    }

    /**
     * The roles picked so far on the new-review form, checked as {@link #open} will check them:
     * what it would refuse and what it allows at a cost. The caller is the moderator.
     */
    public RoleCheck checkRoles(String author, String decisionMaker, Set<String> attendees, Set<String> observers) {
        return new Review.People(author, decisionMaker, Set.copyOf(attendees), Set.copyOf(observers))
                .check(CurrentUser.username(), this::displayName);
    }

    private String displayName(String username) {
        return directory.find(username).map(Person::displayName).orElse(username);
    }

    /**
     * What the new-review form proposes: the first working day's 10:00 (in the moderator's zone)
     * that leaves the pre-read its lead time ({@code verdict.preread.min-lead-time}, 24 h), so the
     * default never raises the pre-read's lead-time warning.
     */
    public LocalDateTime suggestedStart(ZoneId zone) {
        return firstWorkingMorning(ZonedDateTime.now(clock.withZone(zone)), preReadLead);
    }

    /** The first Monday-to-Friday 10:00 at or after {@code now + lead}, in {@code now}'s zone. */
    static LocalDateTime firstWorkingMorning(ZonedDateTime now, Duration lead) {
        ZonedDateTime earliest = now.plus(lead);
        LocalDate day = earliest.toLocalDate();
        while (true) {
            ZonedDateTime candidate = day.atTime(MORNING).atZone(now.getZone());
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !candidate.isBefore(earliest)) {
                return candidate.toLocalDateTime();
            }
            day = day.plusDays(1);
        }
    }

    /** Connected repositories a doc can be taken from. */
    public List<dev.verdict.repository.RepositoryChoice> docRepositories() {
        return documents.repositories();
    }

    /** Fetches the repository's branch: its head commit (the one a new review pins) and its Markdown files. */
    public dev.verdict.repository.RepositoryMirror.Snapshot browse(UUID repositoryId) {
        return documents.browse(repositoryId);
    }

    /** A repository doc at a commit, to show before the review is opened. */
    public String preview(DocReference doc) {
        return documents.read(doc.repositoryId(), doc.path(), doc.commit());
    }

    /** People who can be invited. */
    public List<Person> people() {
        CurrentUser.username();
        return directory.everyone();
    }

    private Review load(UUID reviewId) {
        return reviews.findById(reviewId)
                .orElseThrow(() -> new AccessDeniedException("No such review, or it is not yours"));
    }

    /** A review always has its moderator among its members: none means no such review. */
    private List<Membership> membersOf(UUID reviewId) {
        List<Membership> members = reviews.membersOf(reviewId);
        if (members.isEmpty()) {
            throw new AccessDeniedException("No such review, or it is not yours");
        }
        return members;
    }

    /** The caller's first role in {@link ReviewRole}'s order (the moderator who also decides is the moderator). */
    private static ReviewRole roleIn(Collection<Membership> members) {
        return rolesIn(members).iterator().next();
    }

    /** Every role the caller holds, in {@link ReviewRole}'s order; refuses anyone outside the review. */
    private static Set<ReviewRole> rolesIn(Collection<Membership> members) {
        if (CurrentUser.isSystem()) {
            return EnumSet.of(ReviewRole.OBSERVER);
        }
        String me = CurrentUser.username();
        var held = EnumSet.noneOf(ReviewRole.class);
        members.stream().filter(m -> m.username().equals(me)).map(Membership::role).forEach(held::add);
        if (held.isEmpty()) {
            throw new AccessDeniedException("No such review, or it is not yours");
        }
        return held;
    }

    private ReviewRole requireMember(Review review) {
        return roleIn(review.members());
    }

    private ReviewDetails toDetails(Review review) {
        var rolesByPerson = new LinkedHashMap<String, EnumSet<ReviewRole>>();
        review.members().forEach(m -> rolesByPerson.computeIfAbsent(m.username(), u -> EnumSet.noneOf(ReviewRole.class)).add(m.role()));
        List<ReviewDetails.Member> members = rolesByPerson.entrySet().stream()
                .map(e -> new ReviewDetails.Member(directory.describe(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing((ReviewDetails.Member m) -> m.role())
                        .thenComparing(m -> m.person().displayName()))
                .toList();
        List<AgendaSlot> slots = review.agenda();
        List<ReviewDetails.AgendaEntry> agenda = IntStream.range(0, slots.size())
                .mapToObj(i -> new ReviewDetails.AgendaEntry(i, slots.get(i).title(), slots.get(i).plannedMinutes(),
                        slots.get(i).sectionMarkdown()))
                .toList();
        var override = review.readinessOverride() == null ? null
                : new ReviewDetails.ReadinessOverride(review.readinessOverride(), directory.describe(review.readinessOverrideBy()));
        return new ReviewDetails(review.id(), review.title(), review.designDoc(), review.timeboxMinutes(),
                review.createdAt(), members, agenda, override, review.agendaLocked(), review.scheduledStart().orElse(null),
                review.source().map(s -> new ReviewDetails.PinnedDoc(s, documents.name(s.repositoryId()))).orElse(null),
                review.agendaOverrunMinutes() == null ? null : new ReviewDetails.ConfirmedOverrun(review.agendaOverrunMinutes(),
                        directory.describe(review.agendaOverrunConfirmedBy())),
                review.cancelled() ? new ReviewDetails.Cancellation(review.cancellationReason(),
                        directory.describe(review.cancelledBy()), review.cancelledAt()) : null);
    }
}
