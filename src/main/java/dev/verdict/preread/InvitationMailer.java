package dev.verdict.preread;

import dev.verdict.identity.Person;
import dev.verdict.identity.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
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

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final UserDirectory directory;
    private final String baseUrl;
    private final String from;

    InvitationMailer(ObjectProvider<JavaMailSender> mail, UserDirectory directory,
                     @Value("${verdict.base-url:http://localhost:8080}") String baseUrl,
                     @Value("${verdict.mail.from:verdict@localhost}") String from) {
        this.mail = mail;
        this.directory = directory;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.from = from;
    }

    @Async
    @TransactionalEventListener
    void on(PreReadOpened event) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        String link = baseUrl + "/reviews/" + event.reviewId() + "/read";
        for (String username : event.invited()) {
            Person person = directory.describe(username);
            if (person.email() == null || person.email().isBlank()) {
                continue;
            }
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(person.email());
            message.setSubject("Pre-read: " + event.reviewTitle().replaceAll("\\s+", " "));
            message.setText("Hello " + person.displayName() + ",\n\n" + event.moderatorName()
                    + " invites you to read the design doc before the review, comment on its sections and say when you have read it:\n\n"
                    + link + "\n\n— Verdict\n");
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("The pre-read invitation to {} could not be sent: {}", username, e.getMessage());
            }
        }
    }
}
