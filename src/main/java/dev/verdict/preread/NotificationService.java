package dev.verdict.preread;

import dev.verdict.identity.CurrentUser;
import dev.verdict.identity.Person;
import dev.verdict.identity.UserDirectory;
import dev.verdict.shared.AfterCommit;
import dev.verdict.shared.Mailer;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's notifications: the bell's count, the latest ones, marking them seen. */
@Service
@Transactional
public class NotificationService {

    /** One notification: what happened to which review ("Mia Moderator invites you to pre-read “X” before ..."), and when. */
    public record Item(UUID id, String message, String link, boolean seen, Instant createdAt) {
    }

    private final Notifications notifications;
    private final UserDirectory directory;
    private final Mailer mailer;
    private final Clock clock;

    NotificationService(Notifications notifications, UserDirectory directory, Mailer mailer, Clock clock) {
        this.notifications = notifications;
        this.directory = directory;
        this.mailer = mailer;
        this.clock = clock;
    }

    /**
     * Background work tells people something: a notification behind each one's bell and, once the
     * transaction has committed, an email when SMTP is configured and they have an address.
     *
     * @param reviewId the review it is about
     * @param message  one sentence, at most 500 characters shown (longer is cut with "…"); also the email's body
     * @param subject  the email's subject line
     * @param link     where the notification leads, a path of the app ("follow-ups", "reviews/{id}")
     * @throws AccessDeniedException unless called as the system actor
     */
    public void tell(UUID reviewId, Collection<String> usernames, String message, String subject, String link) {
        if (!CurrentUser.isSystem()) {
            throw new AccessDeniedException("Only background work sends notifications of its own");
        }
        Instant now = clock.instant();
        usernames.forEach(u -> notifications.save(new Notification(u, reviewId, message, link, now)));
        List<Person> people = usernames.stream().map(directory::describe).toList();
        AfterCommit.run(() -> people.forEach(person -> mailer.send(person.email(), subject,
                "Hello " + person.displayName() + ",\n\n" + message + "\n\n" + mailer.link(link) + "\n\n— Verdict\n")));
    }

    @Transactional(readOnly = true)
    public long unseen() {
        return notifications.countByUsernameAndSeenFalse(CurrentUser.username());
    }

    @Transactional(readOnly = true)
    public List<Item> latest() {
        return notifications.findTop20ByUsernameOrderByCreatedAtDesc(CurrentUser.username()).stream()
                .map(n -> new Item(n.id(), n.message(), n.link(), n.isSeen(), n.createdAt())).toList();
    }

    /** Marks seen what the caller was shown, not what arrived since. */
    public void markSeen(Collection<UUID> shown) {
        String me = CurrentUser.username();
        notifications.findAllById(shown).stream().filter(n -> n.username().equals(me)).forEach(Notification::seen);
    }
}
