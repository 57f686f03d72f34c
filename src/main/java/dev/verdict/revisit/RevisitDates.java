package dev.verdict.revisit;

import dev.verdict.decision.Decision;
import dev.verdict.decision.DecisionService;
import dev.verdict.identity.CurrentUser;
import dev.verdict.identity.Person;
import dev.verdict.preread.NotificationService;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the decision maker and every moderator of a decided review, behind the bell and by email
 * when SMTP is configured, once its revisit date has come, with a link to start the revisit
 * review. Once per decision (a {@code revisit_reminder} row records it). Runs every
 * {@code verdict.revisits.reminder-interval} (1 h by default); days are the app clock's (UTC).
 */
@Component
class RevisitDates {

    private static final Logger log = LoggerFactory.getLogger(RevisitDates.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final DecisionService decisions;
    private final ReviewService reviews;
    private final NotificationService notifications;
    private final RevisitReminders reminders;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RevisitDates(DecisionService decisions, ReviewService reviews, NotificationService notifications,
                 RevisitReminders reminders, TransactionTemplate transactions, Clock clock) {
        this.decisions = decisions;
        this.reviews = reviews;
        this.notifications = notifications;
        this.reminders = reminders;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${verdict.revisits.reminder-interval:1h}", initialDelayString = "PT1M")
    // Once across nodes (ADR 27): the reminder record keeps a repeat out, the lock keeps two nodes from racing to it.
    @SchedulerLock(name = "revisit-reminders", lockAtLeastFor = "PT30S", lockAtMostFor = "PT30M")
    void onSchedule() {
        try {
            remind();
        } catch (RuntimeException e) {
            log.warn("Could not send the revisit reminders: {}", e.toString());
        }
    }

    /**
     * Tells about every decision whose revisit date has come and that was not told about yet, each
     * in its own transaction with its record, so none goes out twice and one failure does not hold
     * back the rest.
     *
     * @return how many decisions were told about
     */
    int remind() {
        return CurrentUser.asSystem(() -> {
            LocalDate today = LocalDate.now(clock);
            int sent = 0;
            for (Decision decision : decisions.revisitsDueBy(today)) {
                if (reminders.existsById(decision.reviewId())) {
                    continue;
                }
                Boolean told = transactions.execute(status -> remind(decision));
                sent += Boolean.TRUE.equals(told) ? 1 : 0;
            }
            return sent;
        });
    }

    private boolean remind(Decision decision) {
        if (reminders.existsById(decision.reviewId())) {
            return false;
        }
        reminders.saveAndFlush(new RevisitReminder(decision.reviewId(), clock.instant()));
        ReviewDetails review = reviews.details(decision.reviewId());
        var recipients = new LinkedHashSet<String>();
        recipients.add(decision.decisionMaker().username());
        review.decisionMaker().map(Person::username).ifPresent(recipients::add);
        review.moderators().forEach(m -> recipients.add(m.username()));
        String message = "Time to revisit “" + review.title() + "”: " + decision.outcome().label().toLowerCase(Locale.ENGLISH)
                + ", to be looked at again on " + DAY.format(decision.revisitOn()) + ". Start a revisit review from its page.";
        notifications.tell(decision.reviewId(), recipients, message, "Revisit: " + review.title(),
                "reviews/" + decision.reviewId() + "/revisit");
        return true;
    }
}
