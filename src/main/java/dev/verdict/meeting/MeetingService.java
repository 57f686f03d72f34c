package dev.verdict.meeting;

import dev.verdict.identity.CurrentUser;
import dev.verdict.identity.Person;
import dev.verdict.identity.UserDirectory;
import dev.verdict.review.RelatedDecisions;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ReviewTeam;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Runs the room: only the moderator drives the clock; everyone taking part captures what is said;
 * observers read. Clock commands carry the version the caller saw, so of two moderators clicking
 * at once one wins and the other is told.
 */
@Service
@Validated
@Transactional
public class MeetingService {

    private final Meetings meetings;
    private final Captures captures;
    private final ReviewService reviews;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final MeetingProperties properties;
    private final Presence presence;
    private final Clock clock;

    private final dev.verdict.preread.PreReadService preReads;
    private final RoomSnapshots snapshots;
    private final dev.verdict.shared.AuditLog audit;
    private final org.springframework.transaction.support.TransactionTemplate readOnly;
    private final ModeratorWatch watch;
    private final dev.verdict.preread.NotificationService notifications;

    MeetingService(Meetings meetings, Captures captures, ReviewService reviews, UserDirectory directory,
                   ApplicationEventPublisher events, MeetingProperties properties, Presence presence, Clock clock,
                   dev.verdict.preread.PreReadService preReads, RoomSnapshots snapshots,
                   org.springframework.transaction.PlatformTransactionManager transactions,
                   dev.verdict.shared.AuditLog audit, ModeratorWatch watch,
                   dev.verdict.preread.NotificationService notifications) {
        this.notifications = notifications;
        this.audit = audit;
        this.watch = watch;
        this.preReads = preReads;
        this.snapshots = snapshots;
        this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.presence = presence;
        this.meetings = meetings;
        this.captures = captures;
        this.reviews = reviews;
        this.directory = directory;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Reviews whose meeting started and has not closed with a decision (running, paused or wrapping
     * up), for background checks only.
     *
     * @throws org.springframework.security.access.AccessDeniedException unless called as the system actor
     */
    @Transactional(readOnly = true)
    public List<UUID> startedAndUndecided() {
        if (!CurrentUser.isSystem()) {
            throw new org.springframework.security.access.AccessDeniedException("Only background work lists every meeting");
        }
        return meetings.withStatus(List.of(MeetingStatus.RUNNING, MeetingStatus.PAUSED, MeetingStatus.ENDED));
    }

    /** The decisions closest in topic to the review's doc, for the room's "Related decisions" (members only). */
    @Transactional(readOnly = true)
    public List<RelatedDecisions.RelatedDecision> relatedDecisions(UUID reviewId) {
        return preReads.relatedDecisions(reviewId);
    }

    /** The room as of now, inside the caller's transaction: for records such as the summary. */
    @Transactional(readOnly = true)
    public RoomState room(UUID reviewId) {
        RoomSnapshots.SharedRoom shared = read(reviewId);
        return toState(shared, shared.roleOfCaller());
    }

    /**
     * What an open screen shows: the room as of the last committed change, read once per change
     * and shared by every screen of the review; the caller's role and the time left are the
     * caller's own. Checks membership like {@link #room}.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public RoomState liveRoom(UUID reviewId) {
        RoomSnapshots.SharedRoom shared = snapshots.get(reviewId, id -> readOnly.execute(status -> read(id)));
        return toState(shared, shared.roleOfCaller());
    }

    public void start(UUID reviewId, long seenVersion) {
        start(reviewId, seenVersion, 0);
    }

    /**
     * Starts the meeting; an agenda over the timebox only with the moderator's confirmation of that
     * overrun ({@code confirmedOverrun} minutes, see {@link #agendaOverrun}), which the summary records.
     */
    public void start(UUID reviewId, long seenVersion, int confirmedOverrun) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        if (meetings.existsById(reviewId)) {
            throw new ConcurrentChangeException();
        }
        reviews.requireReadyToStart(reviewId);
        reviews.lockAgenda(reviewId, confirmedOverrun);
        Meeting meeting = new Meeting(reviewId);
        meeting.start(clock.instant(), reviews.details(reviewId).agenda().stream()
                .map(ReviewDetails.AgendaEntry::plannedMinutes).toList());
        save(meeting, "clock");
        events.publishEvent(new MeetingStarted(reviewId));
        audit.record(reviewId, "clock: started", confirmedOverrun > 0 ? "confirmed overrun of " + confirmedOverrun + " min" : null,
                null, clockState(meeting));
    }

    /** Lets the meeting start despite a missing rollback plan or failure modes; moderator only. */
    public void overrideReadiness(UUID reviewId, String reason) {
        reviews.overrideReadiness(reviewId, reason);
        audit.record(reviewId, "readiness overridden", reason);
        events.publishEvent(new MeetingChanged(reviewId, "readiness overridden"));
    }

    /** The minutes the review's agenda adds up to beyond its timebox, which Start asks the moderator to confirm; 0 when it fits. */
    @Transactional(readOnly = true)
    public int agendaOverrun(UUID reviewId) {
        return reviews.details(reviewId).agendaOverrun();
    }

    /** Starts the meeting unless it already runs: for callers that did not see a version. */
    public void start(UUID reviewId) {
        start(reviewId, -1);
    }

    public void pause(UUID reviewId, long seenVersion) {
        drive(reviewId, seenVersion, "paused", (m, now) -> m.pause(now));
    }

    public void resume(UUID reviewId, long seenVersion) {
        drive(reviewId, seenVersion, "resumed", (m, now) -> m.resume(now));
    }

    public void extend(UUID reviewId, long seenVersion, int minutes) {
        if (minutes != 1 && minutes != 5) {
            throw new MeetingStateException("Extend by 1 or 5 minutes");
        }
        drive(reviewId, seenVersion, "extended by " + minutes + " min", (m, now) -> m.extend(minutes));
    }

    public void next(UUID reviewId, long seenVersion) {
        drive(reviewId, seenVersion, "next item", (m, now) -> m.next(now));
    }

    /** Moves on from wherever the meeting is now: for callers that did not see a version. */
    public void next(UUID reviewId) {
        next(reviewId, existing(reviewId).version());
    }

    public void back(UUID reviewId, long seenVersion) {
        drive(reviewId, seenVersion, "back", (m, now) -> m.back(now));
    }

    public void skip(UUID reviewId, long seenVersion) {
        drive(reviewId, seenVersion, "skipped", (m, now) -> m.skip(now));
    }

    public void end(UUID reviewId, long seenVersion) {
        drive(reviewId, seenVersion, "ended", (m, now) -> m.end(now));
    }

    /**
     * The moderator hands moderation to another participant in one click; they see the moderator's
     * controls at once, the caller keeps their other roles. See {@link ReviewService#handModerationTo}.
     */
    public void handModerationTo(UUID reviewId, String username) {
        reviews.handModerationTo(reviewId, username);
    }

    /** Whom the moderator may hand moderation to: everyone taking part who does not moderate, those in the room first. */
    @Transactional(readOnly = true)
    public List<Person> moderationCandidates(UUID reviewId) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        Set<String> here = presence.present(reviewId).stream().map(Person::username).collect(Collectors.toSet());
        return reviews.details(reviewId).members().stream()
                .filter(m -> m.role().participates() && !m.holds(ReviewRole.MODERATOR))
                .map(ReviewDetails.Member::person)
                .sorted(java.util.Comparator.comparing((Person p) -> !here.contains(p.username())).thenComparing(Person::displayName))
                .toList();
    }

    /**
     * An attendee takes over moderation of a meeting no moderator has had open for
     * {@link MeetingProperties#takeoverAfter()}; recorded. See {@link ReviewService#takeOverModeration}.
     */
    public void takeOverModeration(UUID reviewId) {
        reviews.takeOverModeration(reviewId);
    }

    /**
     * Pauses a meeting that runs {@link MeetingProperties#unattendedPauseAfter()} past its timebox
     * with no moderator in the room, records why and tells the moderators (the bell). Nothing is
     * lost: a moderator resumes or ends it from the room.
     *
     * @return whether it paused the meeting (false when it was no longer running)
     * @throws AccessDeniedException unless called as the system actor (background work)
     */
    public boolean pauseUnattended(UUID reviewId) {
        if (!CurrentUser.isSystem()) {
            throw new AccessDeniedException("Only background work pauses an unattended meeting");
        }
        Meeting meeting = meetings.lockById(reviewId).orElse(null);
        if (meeting == null || meeting.status() != MeetingStatus.RUNNING) {
            return false;
        }
        String before = clockState(meeting);
        meeting.pause(clock.instant());
        save(meeting, "paused: no moderator");
        ReviewDetails review = reviews.details(reviewId);
        long pastTimebox = properties.unattendedPauseAfter().toMinutes();
        audit.record(reviewId, "clock: paused, no moderator in the room",
                "over " + pastTimebox + " min past the " + review.timeboxMinutes() + "-minute timebox", before, clockState(meeting));
        List<String> moderators = review.moderators().stream().map(Person::username).toList();
        notifications.tell(reviewId, moderators, "“" + review.title() + "” was paused: it ran over " + pastTimebox
                + " min past its timebox with no moderator in the room. Resume or end it from the room.",
                "Paused: " + review.title(), "reviews/" + reviewId);
        return true;
    }

    /** Parks the current, overrunning item's topic and moves on. */
    public void parkCurrentAndMoveOn(UUID reviewId, long seenVersion) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        Meeting meeting = existing(reviewId);
        meeting.expectVersion(seenVersion);
        ReviewDetails review = reviews.details(reviewId);
        String topic = "Unfinished: " + review.agenda().get(meeting.currentItem()).title();
        captures.save(new Capture(reviewId, CaptureKind.PARKED, CaptureDetails.text(topic), members(review),
                CurrentUser.username(), meeting.currentItem(), clock.instant()));
        if (meeting.currentItem() + 1 < review.agenda().size()) {
            meeting.next(clock.instant());
        } else {
            meeting.end(clock.instant());
        }
        save(meeting, "parked and moved on");
        audit.record(reviewId, "parked and moved on", topic);
    }

    /** Closes the meeting for good; called by the decision module in the transaction that records the decision. */
    public void close(UUID reviewId) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        reviews.requireNotCancelled(reviewId);
        Meeting meeting = meetings.lockById(reviewId).orElseGet(() -> new Meeting(reviewId));
        meeting.close(clock.instant());
        save(meeting, "closed");
    }

    public UUID captureRisk(UUID reviewId, String description) {
        return capture(reviewId, CaptureKind.RISK, CaptureDetails.text(description));
    }

    public UUID park(UUID reviewId, String text) {
        return capture(reviewId, CaptureKind.PARKED, CaptureDetails.text(text));
    }

    /** Captures a risk, a parked item, a question, an action item or a decision note. */
    public UUID capture(UUID reviewId, CaptureKind kind, @Valid CaptureDetails details) {
        return capture(reviewId, kind, details, null);
    }

    /** @param position the agenda position it was raised at; null for the current item */
    private UUID capture(UUID reviewId, CaptureKind kind, CaptureDetails details, Integer position) {
        ReviewTeam team = reviews.team(reviewId);
        requireParticipant(team.callerRole());
        reviews.requireNotCancelled(reviewId);
        Meeting meeting = meetings.lockById(reviewId).orElseGet(() -> new Meeting(reviewId));
        requireOpen(meeting);
        Capture capture = captures.save(new Capture(reviewId, kind, details, team.usernames(),
                CurrentUser.username(), position == null ? meeting.currentItem() : position, clock.instant()));
        events.publishEvent(new MeetingChanged(reviewId, kind.label().toLowerCase() + " captured"));
        audit.record(reviewId, kind.label().toLowerCase() + " captured", details.text());
        return capture.id();
    }

    /** Edits a capture: its author or the moderator only, and only the version the editor saw. */
    public void edit(UUID reviewId, UUID captureId, long seenVersion, @Valid CaptureDetails details) {
        ReviewTeam team = reviews.team(reviewId);
        Capture capture = changeable(reviewId, captureId, team.callerRole());
        if (capture.version() != seenVersion) {
            throw new MeetingStateException("Someone else changed this item meanwhile; it shows their version now");
        }
        String before = capture.text();
        capture.apply(details, team.usernames());
        audit.record(reviewId, capture.kind().label().toLowerCase() + " edited", capture.text(), before, capture.text());
        events.publishEvent(new MeetingChanged(reviewId, capture.kind().label().toLowerCase() + " edited"));
    }

    /** The pre-read comments on the sections an agenda item covers, for the room's current item. */
    @Transactional(readOnly = true)
    public List<dev.verdict.preread.CommentView> preReadComments(UUID reviewId, int position) {
        ReviewDetails review = reviews.details(reviewId);
        if (position < 0 || position >= review.agenda().size()) {
            return List.of();
        }
        var item = review.agenda().get(position);
        var sections = new java.util.HashSet<String>();
        sections.add(item.title());
        item.sectionMarkdown().lines().filter(l -> l.startsWith("#"))
                .forEach(l -> sections.add(l.replaceFirst("^#+\\s*", "").strip()));
        return preReads.commentsOnSections(reviewId, sections);
    }

    /** A pre-read comment the moderator parked becomes a parking-lot item, in the same transaction. */
    @org.springframework.context.event.EventListener
    void on(dev.verdict.preread.CommentParked event) {
        capture(event.reviewId(), CaptureKind.PARKED, CaptureDetails.text(event.text()), Capture.PRE_READ);
    }

    /** The moderator decides what becomes of a parked item, before the meeting closes. */
    public void dispose(UUID reviewId, UUID captureId, Disposition disposition, String note) {
        Capture capture = moderated(reviewId, captureId);
        capture.dispose(disposition, note);
        audit.record(reviewId, "parked item disposed", capture.text(), null,
                disposition.label() + (note == null || note.isBlank() ? "" : ": " + note));
        events.publishEvent(new MeetingChanged(reviewId, "parked item disposed"));
    }

    /** The moderator gives a risk an owner, or records that the room accepts it. */
    public void settleRisk(UUID reviewId, UUID captureId, String owner, boolean accepted) {
        Capture capture = moderated(reviewId, captureId);
        capture.settle(owner, accepted, reviews.team(reviewId).usernames());
        audit.record(reviewId, "risk settled", capture.text(), null,
                accepted ? "accepted" : owner == null ? "no owner" : "owner " + owner);
        events.publishEvent(new MeetingChanged(reviewId, "risk settled"));
    }

    /**
     * What keeps the meeting from closing: parked items without a disposition, risks nobody owns or
     * accepted. Reads under the meeting's row lock, which captures take too: nothing raised while
     * the moderator closes can slip in after this check.
     */
    public List<String> closingProblems(UUID reviewId) {
        reviews.roleOfCaller(reviewId);
        meetings.lockById(reviewId);
        return captures.findByReviewIdOrderByCapturedAt(reviewId).stream()
                .map(Capture::closingProblem).flatMap(java.util.Optional::stream).toList();
    }

    private Capture moderated(UUID reviewId, UUID captureId) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        requireOpen(meetings.lockById(reviewId).orElseGet(() -> new Meeting(reviewId)));
        return captures.findById(captureId)
                .filter(c -> c.reviewId().equals(reviewId))
                .orElseThrow(() -> new MeetingStateException("That item is gone; someone removed it"));
    }

    /** Removes a capture: its author or the moderator only. */
    public void remove(UUID reviewId, UUID captureId) {
        Capture capture = changeable(reviewId, captureId, reviews.roleOfCaller(reviewId));
        captures.delete(capture);
        audit.record(reviewId, capture.kind().label().toLowerCase() + " removed", capture.text(), capture.text(), null);
        events.publishEvent(new MeetingChanged(reviewId, capture.kind().label().toLowerCase() + " removed"));
    }

    private Capture changeable(UUID reviewId, UUID captureId, ReviewRole role) {
        requireParticipant(role);
        requireOpen(meetings.lockById(reviewId).orElseGet(() -> new Meeting(reviewId)));
        Capture capture = captures.findById(captureId)
                .filter(c -> c.reviewId().equals(reviewId))
                .orElseThrow(() -> new MeetingStateException("That item is gone; someone removed it"));
        if (!capture.mayBeChangedBy(CurrentUser.username(), role == ReviewRole.MODERATOR)) {
            throw new AccessDeniedException("Only the person who added it or the moderator can change it");
        }
        return capture;
    }

    /** A clock command at the version the moderator saw; the trail records where the clock stood before and after. */
    private void drive(UUID reviewId, long seenVersion, String action, BiConsumer<Meeting, Instant> command) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        Meeting meeting = existing(reviewId);
        meeting.expectVersion(seenVersion);
        String before = clockState(meeting);
        command.accept(meeting, clock.instant());
        save(meeting, "clock");
        audit.record(reviewId, "clock: " + action, null, before, clockState(meeting));
    }

    /** "In progress, item 2", as the trail shows the clock. */
    private static String clockState(Meeting meeting) {
        return meeting.status().label() + ", item " + (meeting.currentItem() + 1);
    }

    /** Flushes now so that a concurrent change surfaces here, as a message, not at commit. */
    private void save(Meeting meeting, String change) {
        try {
            meetings.saveAndFlush(meeting);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new ConcurrentChangeException();
        }
        events.publishEvent(new MeetingChanged(meeting.reviewId(), change));
    }

    private Meeting existing(UUID reviewId) {
        return meetings.findById(reviewId).orElseThrow(() -> new MeetingStateException("Start the meeting first"));
    }

    private static void requireParticipant(ReviewRole role) {
        if (!role.participates()) {
            throw new AccessDeniedException("Observers read along; they cannot change anything");
        }
    }

    private static void requireOpen(Meeting meeting) {
        if (meeting.status() == MeetingStatus.CLOSED) {
            throw new MeetingStateException("The meeting is closed; nothing more can be captured");
        }
    }

    private static Set<String> members(ReviewDetails review) {
        return review.members().stream().map(m -> m.person().username()).collect(Collectors.toSet());
    }

    /** Reads the role-independent room; the caller must belong to the review (the system actor may read). */
    private RoomSnapshots.SharedRoom read(UUID reviewId) {
        ReviewDetails review = reviews.details(reviewId);
        Meeting meeting = meetings.findById(reviewId).orElseGet(() -> new Meeting(reviewId));
        List<ReviewDetails.AgendaEntry> agenda = review.agenda();
        List<RoomSnapshots.SharedCapture> captured = captures.findByReviewIdOrderByCapturedAt(reviewId).stream()
                .map(c -> new RoomSnapshots.SharedCapture(new RoomState.Captured(c.id(), c.kind(), c.text(),
                        directory.describe(c.capturedBy()),
                        c.agendaPosition() == Capture.PRE_READ ? null : agenda.get(Math.min(c.agendaPosition(), agenda.size() - 1)).title(),
                        c.capturedAt(), c.likelihood(), c.impact(), c.owner() == null ? null : directory.describe(c.owner()),
                        c.mitigation(), c.dueDate(), false, c.version(), c.disposition(), c.dispositionNote(), c.accepted()),
                        c.capturedBy()))
                .toList();
        var roles = review.members().stream().collect(Collectors.toUnmodifiableMap(m -> m.person().username(),
                ReviewDetails.Member::role));
        return new RoomSnapshots.SharedRoom(review, meeting, captured, roles,
                meeting.status() == MeetingStatus.NOT_STARTED ? reviews.readiness(reviewId) : null);
    }

    /** The room as one member sees it now: their role, what they may change, the clock at this instant. */
    private RoomState toState(RoomSnapshots.SharedRoom shared, ReviewRole role) {
        Instant now = clock.instant();
        ReviewDetails review = shared.review();
        Meeting meeting = shared.meeting();
        List<ReviewDetails.AgendaEntry> agenda = review.agenda();
        List<ItemClock> clocks = meeting.items();
        List<RoomState.Item> items = agenda.stream().map(a -> {
            ItemClock c = a.position() < clocks.size() ? clocks.get(a.position()) : null;
            long used = c == null ? 0
                    : a.position() == meeting.currentItem() ? meeting.elapsedOnCurrent(now) : c.usedSeconds();
            return new RoomState.Item(a.position(), a.title(), a.plannedMinutes(),
                    c == null ? a.plannedMinutes() * 60L : c.allottedSeconds(), used, c != null && c.skipped(),
                    a.sectionMarkdown());
        }).toList();
        String me = CurrentUser.isSystem() ? "" : CurrentUser.username();
        boolean moderator = role == ReviewRole.MODERATOR;
        boolean participates = role.participates();
        // Most screens change nothing of most items: they share the same objects.
        List<RoomState.Captured> captured = shared.captures().stream()
                .map(c -> participates && (moderator || c.capturedBy().equals(me)) ? mine(c.seen()) : c.seen())
                .toList();
        long secondsLeft = meeting.status() == MeetingStatus.NOT_STARTED
                ? agenda.get(meeting.currentItem()).plannedMinutes() * 60L
                : meeting.secondsLeft(now);
        List<Person> moderators = review.moderators();
        boolean mayTakeOver = participates && !moderator && !CurrentUser.isSystem() && meeting.startedAt() != null
                && watch.vacant(review.id(), new ModeratorWatch.Started(meeting.status(), meeting.startedAt()),
                        moderators.stream().map(Person::username).toList());
        return new RoomState(review.id(), review.title(), meeting.status(), role,
                meeting.startedAt() == null ? -1 : meeting.version(), meeting.currentItem(), secondsLeft, now,
                meeting.overtimeSeconds(), properties.gracePeriod().toSeconds(), review.timeboxMinutes(), items,
                review.designDoc(),
                captured, presence.present(review.id()), shared.readiness(),
                review.readinessOverride() == null ? null : review.readinessOverride().reason(),
                meeting.startedAt(), meeting.endedAt(), moderators, mayTakeOver,
                review.cancelled() ? review.cancellation().label() : null);
    }

    private static RoomState.Captured mine(RoomState.Captured c) {
        return new RoomState.Captured(c.id(), c.kind(), c.text(), c.by(), c.duringItem(), c.at(), c.likelihood(),
                c.impact(), c.owner(), c.mitigation(), c.dueDate(), true, c.version(), c.disposition(),
                c.dispositionNote(), c.accepted());
    }

    /** The caller's screen shows this review (called on attach and on every clock poll). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void present(UUID reviewId, String screenId) {
        if (!presence.knows(reviewId, screenId)) {
            reviews.roleOfCaller(reviewId);
        }
        presence.seen(reviewId, screenId, CurrentUser.username());
    }

    /**
     * The caller's screen no longer shows this review. Only the caller's own screen leaves: a screen
     * id is no key to someone else's presence. With nobody signed in (a session closing at logout)
     * nothing leaves here; the silent screen is dropped after {@link MeetingProperties#presenceTimeout()}.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void away(UUID reviewId, String screenId) {
        CurrentUser.signedIn().ifPresent(me -> presence.left(reviewId, screenId, me));
    }

    /**
     * The action items captured in these reviews, for follow-up after the meeting.
     *
     * @throws AccessDeniedException when the caller is not in one of them
     */
    @Transactional(readOnly = true)
    public List<ActionItem> actionItems(java.util.Collection<UUID> reviewIds) {
        if (reviewIds.isEmpty()) {
            return List.of();
        }
        reviewIds.forEach(reviews::roleOfCaller);
        return captures.findByReviewIdInAndKind(reviewIds, CaptureKind.ACTION).stream().map(this::actionItem).toList();
    }

    /**
     * Every action item due on or before {@code day}, in any review: for reminders.
     *
     * @throws AccessDeniedException unless called as the system actor
     */
    @Transactional(readOnly = true)
    public List<ActionItem> actionItemsDueBy(java.time.LocalDate day) {
        if (!CurrentUser.isSystem()) {
            throw new AccessDeniedException("Only background work reads every review's action items");
        }
        return captures.findByKindAndDueDateLessThanEqual(CaptureKind.ACTION, day).stream().map(this::actionItem).toList();
    }

    private ActionItem actionItem(Capture c) {
        return new ActionItem(c.id(), c.reviewId(), c.text(), c.owner() == null ? null : directory.describe(c.owner()),
                c.dueDate(), c.capturedAt());
    }

    /** People who can own a risk or an action: everyone in the review. */
    @Transactional(readOnly = true)
    public List<Person> owners(UUID reviewId) {
        return reviews.details(reviewId).members().stream().map(ReviewDetails.Member::person).toList();
    }
}
