package dev.verdict.followup;

import dev.verdict.identity.CurrentUser;
import dev.verdict.identity.UserDirectory;
import dev.verdict.meeting.ActionItem;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ReviewSummary;
import dev.verdict.shared.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * My follow-ups: the action items a person owns across their reviews and, in the reviews they
 * moderate, everyone's; marking one done with a note (its owner or a moderator of its review).
 */
@Service
@Transactional
public class FollowUpService {

    /** The longest note a person may write when marking an item done, in characters (the column's length). */
    public static final int NOTE_MAX = 2000;

    private final ReviewService reviews;
    private final MeetingService meetings;
    private final FollowUps followUps;
    private final UserDirectory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpService(ReviewService reviews, MeetingService meetings, FollowUps followUps, UserDirectory directory,
                    AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.meetings = meetings;
        this.followUps = followUps;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The caller's follow-ups: open ones first, overdue first among them, then by due date; done
     * ones last, latest first. Items of reviews the caller moderates are all there; of other
     * reviews, only the caller's own.
     */
    @Transactional(readOnly = true)
    public List<FollowUpItem> mine() {
        String me = CurrentUser.username();
        Map<UUID, ReviewSummary> byId = reviews.mine().stream().collect(Collectors.toMap(ReviewSummary::id, Function.identity()));
        List<ActionItem> items = meetings.actionItems(byId.keySet()).stream()
                .filter(a -> byId.get(a.reviewId()).myRole() == ReviewRole.MODERATOR || ownedBy(a, me))
                .toList();
        Map<UUID, FollowUp> state = followUps.findByActionIdIn(items.stream().map(ActionItem::id).toList()).stream()
                .collect(Collectors.toMap(FollowUp::actionId, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        return items.stream()
                .map(a -> item(a, byId.get(a.reviewId()), state.get(a.id()), me))
                .sorted(Comparator.comparing(FollowUpItem::done)
                        .thenComparing((FollowUpItem i) -> !i.overdueOn(today))
                        .thenComparing(i -> i.done() ? null : i.dueDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(FollowUpItem::doneAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /**
     * The review's action items nobody has marked done yet, by due date: what the next review of
     * the doc carries forward.
     *
     * @throws AccessDeniedException when the caller is not in the review
     */
    @Transactional(readOnly = true)
    public List<ActionItem> openItems(UUID reviewId) {
        List<ActionItem> items = meetings.actionItems(List.of(reviewId));
        var done = followUps.findByActionIdIn(items.stream().map(ActionItem::id).toList()).stream()
                .filter(f -> f.doneAt() != null).map(FollowUp::actionId).collect(Collectors.toSet());
        return items.stream().filter(a -> !done.contains(a.id()))
                .sorted(Comparator.comparing(ActionItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * Marks an action item done, with an optional note the list then shows.
     *
     * @throws AccessDeniedException     unless the caller owns the item or moderates its review
     * @throws InvalidFollowUpException  when it is already done, the note is too long, or there is no such action item
     */
    public void markDone(UUID reviewId, UUID actionId, String note) {
        ReviewRole role = reviews.roleOfCaller(reviewId);
        ActionItem item = meetings.actionItems(List.of(reviewId)).stream().filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new InvalidFollowUpException("That action item is gone"));
        String me = CurrentUser.username();
        if (role != ReviewRole.MODERATOR && !ownedBy(item, me)) {
            throw new AccessDeniedException("Only the item's owner or a moderator of the review marks it done");
        }
        FollowUp followUp = followUps.findById(actionId).orElseGet(() -> new FollowUp(actionId, reviewId));
        followUp.done(me, note, clock.instant());
        followUps.save(followUp);
        audit.record(reviewId, "action item done", item.text(), null, followUp.doneNote());
        events.publishEvent(new FollowUpChanged(reviewId, actionId));
    }

    private FollowUpItem item(ActionItem a, ReviewSummary review, FollowUp state, String me) {
        boolean done = state != null && state.doneAt() != null;
        return new FollowUpItem(a.id(), a.reviewId(), review.title(), a.text(), a.owner(), a.dueDate(),
                done ? directory.describe(state.doneBy()) : null, done ? state.doneAt() : null,
                done ? state.doneNote() : null,
                !done && (review.myRole() == ReviewRole.MODERATOR || ownedBy(a, me)));
    }

    private static boolean ownedBy(ActionItem item, String username) {
        return item.owner() != null && Objects.equals(item.owner().username(), username);
    }
}
