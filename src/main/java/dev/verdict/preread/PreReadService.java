package dev.verdict.preread;

import dev.verdict.agenda.SectionLoad;
import dev.verdict.identity.CurrentUser;
import dev.verdict.identity.Person;
import dev.verdict.identity.UserDirectory;
import dev.verdict.review.AgendaItemDraft;
import dev.verdict.review.InvalidReviewException;
import dev.verdict.review.RelatedDecisions;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The pre-read of a review, with its rules: only the review's people see the doc and the
 * comments; observers read but do not comment; only a comment's author edits it; its author or
 * the moderator resolves and reopens it; only the moderator opens the pre-read and triages.
 */
@Service
@Validated
@Transactional
public class PreReadService {

    static final int MINUTES_FLOOR = 2;

    private final ReviewService reviews;
    private final PreReads preReads;
    private final DocComments comments;
    private final ReadReceipts receipts;
    private final Notifications notifications;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration minLeadTime;
    private final dev.verdict.shared.AuditLog audit;
    private final RelatedDecisions related;
    private final CalendarInvitations calendar;

    PreReadService(ReviewService reviews, PreReads preReads, DocComments comments, ReadReceipts receipts,
                   Notifications notifications, UserDirectory directory, ApplicationEventPublisher events, Clock clock,
                   @Value("${verdict.preread.min-lead-time:24h}") Duration minLeadTime, dev.verdict.shared.AuditLog audit,
                   RelatedDecisions related, CalendarInvitations calendar) {
        this.related = related;
        this.audit = audit;
        this.calendar = calendar;
        this.reviews = reviews;
        this.preReads = preReads;
        this.comments = comments;
        this.receipts = receipts;
        this.notifications = notifications;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
        this.minLeadTime = minLeadTime;
    }

    /**
     * The decisions closest in topic to the review's doc as pinned now, closest first (at most
     * {@value RelatedDecisions#LIMIT}), with their status: shown beside the outline so nobody
     * re-litigates a decision unknowingly. Members only; decisions the caller may not read are left out.
     */
    @Transactional(readOnly = true)
    public List<RelatedDecisions.RelatedDecision> relatedDecisions(UUID reviewId) {
        return related.closestTo(reviewId);
    }

    /**
     * The meeting's calendar invitation (iCalendar text, {@code METHOD:REQUEST}) for a member to add
     * it to their calendar by hand; empty while the review has no meeting date. Members only.
     */
    @Transactional(readOnly = true)
    public Optional<String> calendarInvitation(UUID reviewId) {
        reviews.roleOfCaller(reviewId);
        return calendar.request(reviewId);
    }

    /** The moderator opens the pre-read: every other member is notified (and emailed when SMTP is set up). */
    public void open(UUID reviewId) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        requireNotCancelled(reviewId);
        if (preReads.existsById(reviewId)) {
            throw new InvalidCommentException("The pre-read is already open");
        }
        ReviewDetails review = reviews.details(reviewId);
        String me = CurrentUser.username();
        Instant now = clock.instant();
        preReads.save(new PreRead(reviewId, now, me));
        List<String> invited = review.members().stream().map(m -> m.person().username()).filter(u -> !u.equals(me)).toList();
        String moderator = directory.describe(me).displayName();
        // Which review, told apart from a same-titled one by its meeting date.
        String message = moderator + " invites you to pre-read “" + review.title() + "” "
                + (review.scheduledStart() == null ? "(no meeting date yet)" : "before the meeting on " + review.scheduledStart().label());
        invited.forEach(u -> notifications.save(new Notification(u, reviewId, message, "reviews/" + reviewId + "/read", now)));
        audit.record(reviewId, "pre-read opened", null, null, String.join(", ", invited));
        events.publishEvent(new PreReadOpened(reviewId, review.title(), invited, moderator));
        events.publishEvent(new CommentsChanged(reviewId));
    }

    /**
     * Someone joined a review whose pre-read is open: they are invited like everyone was at the
     * opening (the bell, and email when SMTP is set up), by the moderator who added them.
     */
    @org.springframework.context.event.EventListener
    void on(dev.verdict.review.TeamChanged event) {
        if (event.added().isEmpty() || !preReads.existsById(event.reviewId())) {
            return;
        }
        ReviewDetails review = CurrentUser.asSystem(() -> reviews.details(event.reviewId()));
        String moderator = directory.describe(CurrentUser.username()).displayName();
        String message = moderator + " added you to “" + review.title() + "”: its pre-read is open "
                + (review.scheduledStart() == null ? "(no meeting date yet)" : "before the meeting on " + review.scheduledStart().label());
        Instant now = clock.instant();
        event.added().forEach(u -> notifications.save(new Notification(u, event.reviewId(), message,
                "reviews/" + event.reviewId() + "/read", now)));
        events.publishEvent(new PreReadOpened(event.reviewId(), review.title(), List.copyOf(event.added()), moderator));
    }

    /**
     * A moderator cancelled the review: everyone else in it finds why behind their bell, in the
     * cancelling transaction (the email and the calendar cancellation follow after commit,
     * {@link InvitationMailer}).
     */
    @org.springframework.context.event.EventListener
    void on(dev.verdict.review.ReviewCancelled event) {
        ReviewDetails review = CurrentUser.asSystem(() -> reviews.details(event.reviewId()));
        String by = directory.describe(event.by()).displayName();
        List<String> told = review.members().stream().map(m -> m.person().username())
                .filter(u -> !u.equals(event.by())).toList();
        tellInternally(event.reviewId(), told, by + " cancelled “" + review.title() + "”: "
                + review.cancellation().reason(), "reviews/" + event.reviewId() + "/read");
        events.publishEvent(new CommentsChanged(event.reviewId()));
    }

    /** The moderators who had left learn that an attendee took over moderation. */
    @org.springframework.context.event.EventListener
    void on(dev.verdict.review.ModerationTakenOver event) {
        String by = directory.describe(event.by()).displayName();
        tellInternally(event.reviewId(), event.previousModerators(), by + " took over moderation of “" + event.title()
                + "”: no moderator had the room open. You still moderate it too.", "reviews/" + event.reviewId());
    }

    private void tellInternally(UUID reviewId, java.util.Collection<String> usernames, String message, String link) {
        Instant now = clock.instant();
        usernames.forEach(u -> notifications.save(new Notification(u, reviewId, message, link, now)));
    }

    /**
     * Everything the pre-read page shows, read once: the status, the threads and, for the
     * moderator, the triage. The page calls this on every change anyone makes.
     */
    @Transactional(readOnly = true)
    public PreReadPage page(UUID reviewId) {
        ReviewRole role = reviews.roleOfCaller(reviewId);
        ReviewDetails review = reviews.details(reviewId);
        List<CommentView> threads = threads(reviewId, role, review.cancelled());
        PreReadStatus status = status(review, role);
        return new PreReadPage(status, threads, role == ReviewRole.MODERATOR && status.opened() && !review.cancelled()
                ? triage(review, status.sections(), threads) : null);
    }

    @Transactional(readOnly = true)
    public PreReadStatus status(UUID reviewId) {
        ReviewRole role = reviews.roleOfCaller(reviewId);
        return status(reviews.details(reviewId), role);
    }

    private PreReadStatus status(ReviewDetails review, ReviewRole role) {
        UUID reviewId = review.id();
        Optional<PreRead> preRead = preReads.findById(reviewId);
        boolean read = receipts.findByReviewIdAndUsername(reviewId, CurrentUser.username()).isPresent();
        return new PreReadStatus(preRead.isPresent(), preRead.map(PreRead::openedAt).orElse(null), reviews.sectionTitles(review.id()),
                read, role.participates() && preRead.isPresent() && !review.cancelled(), role == ReviewRole.MODERATOR,
                leadTimeWarning(review, preRead.map(PreRead::openedAt).orElse(clock.instant())).orElse(null),
                review.title(), review.designDoc(),
                review.pinnedDoc() == null ? null : review.pinnedDoc().reference().shortCommit(),
                review.cancelled() ? review.cancellation().label() : null);
    }

    /** A meeting less than the minimum lead time (24 h by default) after the pre-read opened gets a warning. */
    Optional<String> leadTimeWarning(ReviewDetails review, Instant openedAt) {
        if (review.scheduledStart() == null) {
            return Optional.empty();
        }
        Duration lead = Duration.between(openedAt, review.scheduledStart().instant());
        if (lead.compareTo(minLeadTime) >= 0) {
            return Optional.empty();
        }
        return Optional.of("The meeting starts " + (lead.isNegative() ? "before" : human(lead) + " after")
                + " the pre-read opened; people need " + human(minLeadTime) + " to read the doc");
    }

    private static String human(Duration d) {
        long hours = d.toHours();
        return hours >= 1 ? hours + " h" : Math.max(d.toMinutes(), 0) + " min";
    }

    public UUID comment(UUID reviewId, @Valid NewComment request) {
        ReviewRole role = reviews.roleOfCaller(reviewId);
        requireCommenter(reviewId, role);
        requireNotCancelled(reviewId);
        String section = section(reviewId, request.section());
        var comment = comments.save(new DocComment(reviewId, null, section, request.quote(), request.kind(), request.body(),
                CurrentUser.username(), clock.instant()));
        audit.record(reviewId, "comment added", section, null, request.body());
        events.publishEvent(new CommentsChanged(reviewId));
        return comment.id();
    }

    public UUID reply(UUID reviewId, UUID parentId, String body) {
        ReviewRole role = reviews.roleOfCaller(reviewId);
        requireCommenter(reviewId, role);
        requireNotCancelled(reviewId);
        DocComment parent = load(reviewId, parentId);
        var reply = comments.save(new DocComment(reviewId, parent.parentId() == null ? parent.id() : parent.parentId(),
                parent.sectionTitle(), null, parent.kind(), body, CurrentUser.username(), clock.instant()));
        audit.record(reviewId, "reply added", parent.sectionTitle(), null, body);
        events.publishEvent(new CommentsChanged(reviewId));
        return reply.id();
    }

    /** Only the comment's author edits it, while they take part: an author since made observer reads along. */
    public void edit(UUID reviewId, UUID commentId, String body) {
        ReviewRole role = reviews.roleOfCaller(reviewId);
        if (!role.participates()) {
            throw new AccessDeniedException("Observers read along; they do not edit comments, not even their own");
        }
        requireNotCancelled(reviewId);
        DocComment comment = load(reviewId, commentId);
        if (!comment.author().equals(CurrentUser.username())) {
            throw new AccessDeniedException("Only the person who wrote a comment edits it");
        }
        String before = comment.body();
        comment.edit(body, clock.instant());
        audit.record(reviewId, "comment edited", comment.sectionTitle(), before, body);
        events.publishEvent(new CommentsChanged(reviewId));
    }

    /** The comment's author or the moderator resolves it, with an optional note. */
    public void resolve(UUID reviewId, UUID commentId, String note) {
        DocComment comment = resolvable(reviewId, commentId);
        comment.resolve(CurrentUser.username(), note);
        if (reviews.roleOfCaller(reviewId) == ReviewRole.MODERATOR && comment.triage() == null) {
            comment.triage(Triage.RESOLVED);
        }
        audit.record(reviewId, "comment resolved", comment.sectionTitle(), null, note);
        events.publishEvent(new CommentsChanged(reviewId));
    }

    public void reopen(UUID reviewId, UUID commentId) {
        DocComment reopened = resolvable(reviewId, commentId);
        reopened.reopen();
        audit.record(reviewId, "comment reopened", reopened.sectionTitle());
        events.publishEvent(new CommentsChanged(reviewId));
    }

    /** "I have read it"; saying it twice changes nothing. */
    public void markRead(UUID reviewId) {
        reviews.roleOfCaller(reviewId);
        requireNotCancelled(reviewId);
        String me = CurrentUser.username();
        if (receipts.findByReviewIdAndUsername(reviewId, me).isEmpty()) {
            receipts.save(new ReadReceipt(reviewId, me, clock.instant()));
            events.publishEvent(new CommentsChanged(reviewId));
        }
    }

    /** The comments in threads, oldest first; replies under their comment. */
    @Transactional(readOnly = true)
    public List<CommentView> comments(UUID reviewId) {
        return threads(reviewId, reviews.roleOfCaller(reviewId));
    }

    private List<CommentView> threads(UUID reviewId, ReviewRole role) {
        return threads(reviewId, role, false);
    }

    /** @param readOnly nobody may edit, resolve or reopen (a cancelled review) */
    private List<CommentView> threads(UUID reviewId, ReviewRole role, boolean readOnly) {
        List<DocComment> all = comments.findByReviewIdOrderByCreatedAt(reviewId);
        Map<UUID, List<DocComment>> replies = all.stream().filter(c -> c.parentId() != null)
                .collect(Collectors.groupingBy(DocComment::parentId, LinkedHashMap::new, Collectors.toList()));
        return all.stream().filter(c -> c.parentId() == null)
                .map(c -> view(c, role, readOnly, replies.getOrDefault(c.id(), List.of()).stream()
                        .map(r -> view(r, role, readOnly, List.of())).toList()))
                .toList();
    }

    /** The comments on one section, for the live meeting's current item. */
    @Transactional(readOnly = true)
    public List<CommentView> commentsOnSections(UUID reviewId, Set<String> sectionTitles) {
        return comments(reviewId).stream().filter(c -> sectionTitles.contains(c.section())).toList();
    }

    @Transactional(readOnly = true)
    public TriageSummary triage(UUID reviewId) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        ReviewDetails review = reviews.details(reviewId);
        return triage(review, reviews.sectionTitles(review.id()), threads(reviewId, ReviewRole.MODERATOR));
    }

    private TriageSummary triage(ReviewDetails review, List<String> sections, List<CommentView> threads) {
        Map<String, Map<CommentKind, Integer>> bySection = new LinkedHashMap<>();
        for (String section : sections) {
            bySection.put(section, new EnumMap<>(CommentKind.class));
        }
        for (CommentView c : threads) {
            bySection.computeIfAbsent(c.section(), s -> new EnumMap<>(CommentKind.class)).merge(c.kind(), 1, Integer::sum);
        }
        bySection.values().removeIf(Map::isEmpty);
        List<CommentView> concerns = threads.stream().filter(c -> c.kind() == CommentKind.CONCERN && !c.resolved()).toList();
        Set<String> readers = receipts.findByReviewId(review.id()).stream().map(ReadReceipt::username).collect(Collectors.toSet());
        List<Person> notRead = review.members().stream().map(ReviewDetails.Member::person)
                .filter(p -> !readers.contains(p.username()) && !p.username().equals(review.moderator().username())).toList();
        List<Person> read = review.members().stream().map(ReviewDetails.Member::person)
                .filter(p -> readers.contains(p.username())).toList();
        return new TriageSummary(bySection, concerns, notRead, read);
    }

    /**
     * Puts a comment on the agenda: its section's item gains the minutes, taken from the items
     * with the most time to spare (never below two minutes, never from the decision item), so the
     * total stays the same.
     */
    public void toAgenda(UUID reviewId, UUID commentId, int minutes) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        requireNotCancelled(reviewId);
        if (minutes < 1 || minutes > 60) {
            throw new InvalidCommentException("Give the comment between 1 and 60 minutes");
        }
        DocComment comment = untriaged(reviewId, commentId);
        List<ReviewDetails.AgendaEntry> agenda = reviews.details(reviewId).agenda();
        int target = itemFor(agenda, comment.sectionTitle()).orElseThrow(() -> new InvalidCommentException(
                "No agenda item covers “" + comment.sectionTitle() + "”; add one on the agenda page first"));
        int[] planned = agenda.stream().mapToInt(ReviewDetails.AgendaEntry::plannedMinutes).toArray();
        int last = planned.length - 1;
        int needed = minutes;
        while (needed > 0) {
            int donor = -1;
            for (int i = 0; i < planned.length; i++) {
                if (i != target && i != last && planned[i] > MINUTES_FLOOR && (donor < 0 || planned[i] > planned[donor])) {
                    donor = i;
                }
            }
            if (donor < 0) {
                break;
            }
            planned[donor]--;
            planned[target]++;
            needed--;
        }
        if (needed == minutes) {
            throw new InvalidCommentException("No other item has time to give; lengthen the timebox or edit the agenda");
        }
        List<AgendaItemDraft> drafts = new ArrayList<>();
        for (int i = 0; i < planned.length; i++) {
            var entry = agenda.get(i);
            drafts.add(new AgendaItemDraft(entry.title(), planned[i], entry.sectionMarkdown()));
        }
        try {
            reviews.replanAgenda(reviewId, drafts);
        } catch (InvalidReviewException e) {
            throw new InvalidCommentException(e.getMessage());
        }
        comment.triage(Triage.AGENDA);
        audit.record(reviewId, "comment triaged: agenda time", comment.sectionTitle(), null, minutes + " min");
        events.publishEvent(new CommentsChanged(reviewId));
    }

    /**
     * Re-plans the agenda's minutes from the doc and the pre-read so far: 40% of the time follows
     * section length, 60% the open comments ({@link SectionLoad#CONCERN} per concern or question,
     * {@link SectionLoad#REMARK} per suggestion or nit). Only the moderator, before the meeting.
     *
     * @throws InvalidCommentException when there is no open comment to weigh by, or the meeting has started
     */
    public void replanByComments(UUID reviewId) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        requireNotCancelled(reviewId);
        Map<String, Integer> load = new LinkedHashMap<>();
        for (CommentView c : comments(reviewId)) {
            if (!c.resolved()) {
                int weight = c.kind() == CommentKind.CONCERN || c.kind() == CommentKind.QUESTION
                        ? SectionLoad.CONCERN : SectionLoad.REMARK;
                load.merge(c.section(), weight, Integer::sum);
            }
        }
        if (load.isEmpty()) {
            throw new InvalidCommentException("There are no open comments to weigh the agenda by");
        }
        try {
            reviews.replanFromDoc(reviewId, new SectionLoad(load));
        } catch (InvalidReviewException e) {
            throw new InvalidCommentException(e.getMessage());
        }
    }

    /** Parks a comment: it becomes a parking-lot item of the meeting. */
    public void park(UUID reviewId, UUID commentId) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        requireNotCancelled(reviewId);
        DocComment comment = untriaged(reviewId, commentId);
        comment.triage(Triage.PARKED);
        audit.record(reviewId, "comment triaged: parked", comment.sectionTitle());
        try {
            events.publishEvent(new CommentParked(reviewId, commentId,
                    "From the pre-read (" + comment.sectionTitle() + "): " + firstLine(comment.body())));
        } catch (AccessDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            // The meeting refused the parking-lot item (it is closed, say): the comment stays as it was.
            throw new InvalidCommentException("The comment could not be parked: " + e.getMessage());
        }
        events.publishEvent(new CommentsChanged(reviewId));
    }

    /** The pre-read in numbers, for the summary. */
    @Transactional(readOnly = true)
    public PreReadStats stats(UUID reviewId) {
        reviews.roleOfCaller(reviewId);
        if (!preReads.existsById(reviewId)) {
            return PreReadStats.none();
        }
        List<DocComment> top = comments.findByReviewIdOrderByCreatedAt(reviewId).stream().filter(c -> c.parentId() == null).toList();
        Map<CommentKind, Integer> byKind = new EnumMap<>(CommentKind.class);
        top.forEach(c -> byKind.merge(c.kind(), 1, Integer::sum));
        ReviewDetails review = reviews.details(reviewId);
        int invited = review.members().size() - 1;
        String moderator = review.moderator().username();
        int read = (int) receipts.findByReviewId(reviewId).stream().filter(r -> !r.username().equals(moderator)).count();
        return new PreReadStats(true, invited, read, byKind,
                (int) top.stream().filter(c -> !c.resolved()).count(),
                (int) top.stream().filter(c -> c.triage() == Triage.AGENDA).count(),
                (int) top.stream().filter(c -> c.triage() == Triage.PARKED).count());
    }

    /** After "Update to latest": comments whose section is gone are kept, marked outdated, with their quote. */
    @org.springframework.context.event.EventListener
    void on(dev.verdict.review.DocRepinned event) {
        Set<String> now = new LinkedHashSet<>(event.sections());
        boolean changed = false;
        for (DocComment c : comments.findByReviewIdOrderByCreatedAt(event.reviewId())) {
            if (!now.contains(c.sectionTitle()) && !c.outdated()) {
                c.markOutdated();
                changed = true;
            }
        }
        if (changed) {
            events.publishEvent(new CommentsChanged(event.reviewId()));
        }
    }

    static Optional<Integer> itemFor(List<ReviewDetails.AgendaEntry> agenda, String section) {
        for (var entry : agenda) {
            if (entry.title().equals(section) || entry.title().contains(section)) {
                return Optional.of(entry.position());
            }
        }
        for (var entry : agenda) {
            boolean covers = entry.sectionMarkdown().lines()
                    .anyMatch(l -> l.startsWith("#") && l.replaceFirst("^#+\\s*", "").strip().equals(section));
            if (covers) {
                return Optional.of(entry.position());
            }
        }
        return Optional.empty();
    }

    private String section(UUID reviewId, String title) {
        String wanted = title == null ? "" : title.strip();
        if (!reviews.sectionTitles(reviewId).contains(wanted)) {
            throw new InvalidCommentException("The doc has no section “" + wanted + "”");
        }
        return wanted;
    }

    /** A cancelled review's pre-read is read-only: the refusal says why, as the page's messages show it. */
    private void requireNotCancelled(UUID reviewId) {
        try {
            reviews.requireNotCancelled(reviewId);
        } catch (InvalidReviewException e) {
            throw new InvalidCommentException(e.getMessage());
        }
    }

    private void requireCommenter(UUID reviewId, ReviewRole role) {
        if (!role.participates()) {
            throw new AccessDeniedException("Observers read along; they do not comment");
        }
        if (!preReads.existsById(reviewId) && role != ReviewRole.MODERATOR) {
            throw new InvalidCommentException("The pre-read is not open yet");
        }
    }

    /** A comment is triaged once: a second click, or a second tab, must not park it twice or move minutes twice. */
    private DocComment untriaged(UUID reviewId, UUID commentId) {
        DocComment comment = load(reviewId, commentId);
        if (comment.triage() != null || comment.resolved()) {
            throw new InvalidCommentException("This comment is already "
                    + (comment.triage() != null ? comment.triage().label().toLowerCase() : "resolved"));
        }
        return comment;
    }

    private DocComment resolvable(UUID reviewId, UUID commentId) {
        ReviewRole role = reviews.roleOfCaller(reviewId);
        if (!role.participates()) {
            throw new AccessDeniedException("Observers read along; they do not resolve or reopen comments, not even their own");
        }
        requireNotCancelled(reviewId);
        DocComment comment = load(reviewId, commentId);
        if (role != ReviewRole.MODERATOR && !comment.author().equals(CurrentUser.username())) {
            throw new AccessDeniedException("Only the comment's author or the moderator resolves or reopens it");
        }
        return comment;
    }

    private DocComment load(UUID reviewId, UUID commentId) {
        return comments.findById(commentId).filter(c -> c.reviewId().equals(reviewId))
                .orElseThrow(() -> new InvalidCommentException("That comment is gone"));
    }

    private CommentView view(DocComment c, ReviewRole role, boolean readOnly, List<CommentView> replies) {
        String me = CurrentUser.isSystem() ? "" : CurrentUser.username();
        boolean mine = c.author().equals(me);
        return new CommentView(c.id(), c.sectionTitle(), c.quote(), c.kind(), c.body(), directory.describe(c.author()),
                c.createdAt(), c.editedAt() != null, c.resolved(), c.resolutionNote(), c.outdated(), c.triage(),
                !readOnly && mine && role.participates(), !readOnly && (role == ReviewRole.MODERATOR || mine && role.participates()),
                replies);
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() > 400 ? line.substring(0, 399) + "…" : line;
    }
}
