package dev.verdict.preread;

import dev.verdict.identity.Person;
import dev.verdict.identity.UserDirectory;
import dev.verdict.shared.Mailer;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Emails the pre-read invitation once the opening has committed, when SMTP is configured
 * (spring.mail.host); without it, the bell is the invitation. A mail server that is down is
 * logged and does not undo the opening.
 */
@Component
class InvitationMailer {

    private final Mailer mailer;
    private final UserDirectory directory;

    InvitationMailer(Mailer mailer, UserDirectory directory) {
        this.mailer = mailer;
        this.directory = directory;
    }

    @Async
    @TransactionalEventListener
    void on(PreReadOpened event) {
        String link = mailer.link("reviews/" + event.reviewId() + "/read");
        for (String username : event.invited()) {
            Person person = directory.describe(username);
            mailer.send(person.email(), "Pre-read: " + event.reviewTitle(), "Hello " + person.displayName() + ",\n\n"
                    + event.moderatorName()
                    + " invites you to read the design doc before the review, comment on its sections and say when you have read it:\n\n"
                    + link + "\n\n— Verdict\n");
        }
    }
}
