package dev.verdict.preread;

import dev.verdict.identity.CurrentUser;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

    NotificationService(Notifications notifications) {
        this.notifications = notifications;
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
    public void markSeen(java.util.Collection<UUID> shown) {
        String me = CurrentUser.username();
        notifications.findAllById(shown).stream().filter(n -> n.username().equals(me)).forEach(Notification::seen);
    }
}
