package dev.verdict.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text email (with at most one attached file, such as a calendar invitation) when SMTP is configured ({@code spring.mail.host}); without it, sending
 * does nothing and the bell is the only notice. A mail server that is down is logged in one line
 * (never the message body) and never undoes the change that asked for the mail.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String baseUrl;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> mail,
           @Value("${verdict.base-url:http://localhost:8080}") String baseUrl,
           @Value("${verdict.mail.from:verdict@localhost}") String from) {
        this.mail = mail;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.from = from;
    }

    /** Whether SMTP is configured ({@code spring.mail.host}): without it {@link #send} sends nothing. */
    public boolean configured() {
        return mail.getIfAvailable() != null;
    }

    /** The address of a page of the app ("reviews/{id}/read") as an emailed link: {@code verdict.base-url} in front. */
    public String link(String path) {
        return baseUrl + "/" + path.replaceFirst("^/+", "");
    }

    /**
     * Sends one message.
     *
     * @param to      the address; blank or null sends nothing
     * @param subject one line; line breaks and runs of spaces become one space
     * @return whether the mail server took it (false without SMTP, without an address, or on failure)
     */
    public boolean send(String to, String subject, String text) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || to == null || to.isBlank()) {
            return false;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject.replaceAll("\\s+", " ").strip());
        message.setText(text);
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("A mail to {} could not be sent: {}", to, e.getMessage());
            return false;
        }
    }

    /** A file sent along with a message: its name, its MIME type (with parameters) and its bytes. */
    public record Attachment(String fileName, String contentType, byte[] bytes) {
    }

    /**
     * Sends one plain-text message with one attached file, as {@link #send(String, String, String)} does
     * otherwise (same address, subject and failure rules).
     */
    public boolean send(String to, String subject, String text, Attachment attachment) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || to == null || to.isBlank()) {
            return false;
        }
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject.replaceAll("\\s+", " ").strip());
            helper.setText(text);
            helper.addAttachment(attachment.fileName(),
                    new jakarta.mail.util.ByteArrayDataSource(attachment.bytes(), attachment.contentType()));
            sender.send(message);
            return true;
        } catch (MailException | jakarta.mail.MessagingException e) {
            log.warn("A mail to {} could not be sent: {}", to, e.getMessage());
            return false;
        }
    }
}
