package dev.verdict.followup;

import dev.verdict.identity.CurrentUser;
import dev.verdict.meeting.ActionItem;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.NotificationService;
import dev.verdict.review.ReviewService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds owners of their action items, behind the bell and by email when SMTP is configured:
 * once when an item falls due within {@code verdict.follow-ups.due-soon} (2 days by default), and
 * once when it is overdue. Items marked done get nothing. Runs every
 * {@code verdict.follow-ups.reminder-interval} (1 h by default); days are the app clock's (UTC).
 */
@Component
class FollowUpReminders {

    private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final MeetingService meetings;
    private final ReviewService reviews;
    private final NotificationService notifications;
    private final FollowUps followUps;
    private final TransactionTemplate transactions;
    private final Duration dueSoon;
    private final Clock clock;

    FollowUpReminders(MeetingService meetings, ReviewService reviews, NotificationService notifications, FollowUps followUps,
                      TransactionTemplate transactions, @Value("${verdict.follow-ups.due-soon:2d}") Duration dueSoon,
                      Clock clock) {
        this.meetings = meetings;
        this.reviews = reviews;
        this.notifications = notifications;
        this.followUps = followUps;
        this.transactions = transactions;
        this.dueSoon = dueSoon;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${verdict.follow-ups.reminder-interval:1h}", initialDelayString = "PT1M")
    // Once across nodes (ADR 27): the reminder record keeps a repeat out, the lock keeps two nodes from racing to it.
    @SchedulerLock(name = "follow-up-reminders", lockAtLeastFor = "PT30S", lockAtMostFor = "PT30M")
    void onSchedule() {
        try {
            remind();
        } catch (RuntimeException e) {
            log.warn("Could not send the follow-up reminders: {}", e.toString());
        }
    }

    /**
     * Sends what is due now, each reminder in its own transaction with its record, so none goes
     * out twice and one failure does not hold back the rest.
     *
     * @return how many reminders went out
     */
    int remind() {
        return CurrentUser.asSystem(() -> {
            LocalDate today = LocalDate.now(clock);
            List<ActionItem> due = meetings.actionItemsDueBy(today.plusDays(Math.max(0, dueSoon.toDays())));
            Map<UUID, String> titles = new HashMap<>();
            int sent = 0;
            for (ActionItem item : due) {
                if (item.owner() == null || item.dueDate() == null) {
                    continue;
                }
                String title = titles.computeIfAbsent(item.reviewId(), id -> reviews.details(id).title());
                Boolean told = transactions.execute(status -> remind(item, title, today));
                sent += Boolean.TRUE.equals(told) ? 1 : 0;
            }
            return sent;
        });
    }

    private boolean remind(ActionItem item, String reviewTitle, LocalDate today) {
        FollowUp followUp = followUps.findById(item.id()).orElseGet(() -> new FollowUp(item.id(), item.reviewId()));
        boolean overdue = item.dueDate().isBefore(today);
        Instant now = clock.instant();
        if (!(overdue ? followUp.remindOverdue(now) : followUp.remindDueSoon(now))) {
            return false;
        }
        followUps.save(followUp);
        String message = (overdue ? "Overdue: “" : "Due soon: “") + item.text() + "” from “" + reviewTitle + "” "
                + (overdue ? "was due on " : "is due on ") + DAY.format(item.dueDate()) + ".";
        notifications.tell(item.reviewId(), List.of(item.owner().username()), message,
                (overdue ? "Overdue: " : "Due soon: ") + item.text(), "follow-ups");
        return true;
    }
}
