package dev.verdict.preread;

import dev.verdict.identity.CurrentUser;
import dev.verdict.identity.Person;
import dev.verdict.identity.UserDirectory;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewCancelled;
import dev.verdict.review.ReviewRescheduled;
import dev.verdict.review.ReviewService;
import dev.verdict.shared.Mailer;
import java.util.Optional;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Emails the pre-read invitation once the opening has committed, when SMTP is configured
 * (spring.mail.host); without it, the bell is the invitation. A review with a meeting date sends
 * its calendar invitation (.ics, {@code method=REQUEST}) along; a later change of the date sends the
 * same invitation with the next SEQUENCE to every member but the moderator who moved it, while the
 * pre-read is open. A cancelled review's members are sent the calendar cancellation (.ics,
 * {@code method=CANCEL}, the same UID at the next SEQUENCE; ADR 28), likewise while the pre-read is
 * open: before it nobody was invited. A mail server that is down is logged and does not undo the change.
 */
@Component
class InvitationMailer {

    private final Mailer mailer;
    private final UserDirectory directory;
    private final CalendarInvitations calendar;
    private final PreReads preReads;
    private final ReviewService reviews;

    InvitationMailer(Mailer mailer, UserDirectory directory, CalendarInvitations calendar, PreReads preReads,
                     ReviewService reviews) {
        this.mailer = mailer;
        this.directory = directory;
        this.calendar = calendar;
        this.preReads = preReads;
        this.reviews = reviews;
    }

    @Async
    @TransactionalEventListener
    void on(PreReadOpened event) {
        if (!mailer.configured()) {
            return;
        }
        String link = mailer.link("reviews/" + event.reviewId() + "/read");
        Optional<Mailer.Attachment> invitation = calendar.attachment(event.reviewId());
        for (String username : event.invited()) {
            Person person = directory.describe(username);
            String subject = "Pre-read: " + event.reviewTitle();
            String text = "Hello " + person.displayName() + ",\n\n"
                    + event.moderatorName()
                    + " invites you to read the design doc before the review, comment on its sections and say when you have read it:\n\n"
                    + link + "\n\n"
                    + (invitation.isPresent() ? "The attached invitation puts the meeting in your calendar.\n\n" : "")
                    + "— Verdict\n";
            invitation.ifPresentOrElse(ics -> mailer.send(person.email(), subject, text, ics),
                    () -> mailer.send(person.email(), subject, text));
        }
    }

    @Async
    @TransactionalEventListener
    void on(ReviewRescheduled event) {
        if (!mailer.configured() || !preReads.existsById(event.reviewId())) {
            return;
        }
        ReviewDetails review = CurrentUser.asSystem(() -> reviews.details(event.reviewId()));
        Optional<Mailer.Attachment> invitation = calendar.attachment(event.reviewId());
        if (invitation.isEmpty()) {
            return;
        }
        String mover = event.by();
        String link = mailer.link("reviews/" + event.reviewId() + "/read");
        for (ReviewDetails.Member member : review.members()) {
            Person person = member.person();
            if (person.username().equals(mover)) {
                continue;
            }
            mailer.send(person.email(), "Rescheduled: " + review.title(), "Hello " + person.displayName() + ",\n\n"
                    + "The design review “" + review.title() + "” now starts " + review.scheduledStart().label()
                    + ". The attached invitation updates your calendar.\n\n" + link + "\n\n— Verdict\n",
                    invitation.get());
        }
    }

    /**
     * Every member but the moderator who cancelled is told why; with a meeting date the mail carries
     * the cancellation their calendar applies (without one, nobody's calendar held the meeting).
     */
    @Async
    @TransactionalEventListener
    void on(ReviewCancelled event) {
        if (!mailer.configured() || !preReads.existsById(event.reviewId())) {
            return;
        }
        ReviewDetails review = CurrentUser.asSystem(() -> reviews.details(event.reviewId()));
        Optional<Mailer.Attachment> cancellation = calendar.cancellation(event.reviewId());
        String by = directory.describe(event.by()).displayName();
        String link = mailer.link("reviews/" + event.reviewId() + "/read");
        for (ReviewDetails.Member member : review.members()) {
            Person person = member.person();
            if (person.username().equals(event.by())) {
                continue;
            }
            String subject = "Cancelled: " + review.title();
            String text = "Hello " + person.displayName() + ",\n\n"
                    + by + " cancelled the design review “" + review.title() + "”"
                    + (review.scheduledStart() == null ? "" : " planned for " + review.scheduledStart().label())
                    + ":\n\n" + review.cancellation().reason() + "\n\n"
                    + (cancellation.isPresent() ? "The attached cancellation removes the meeting from your calendar.\n\n" : "")
                    + link + "\n\n— Verdict\n";
            cancellation.ifPresentOrElse(ics -> mailer.send(person.email(), subject, text, ics),
                    () -> mailer.send(person.email(), subject, text));
        }
    }
}
