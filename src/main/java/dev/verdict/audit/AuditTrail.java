package dev.verdict.audit;

import dev.verdict.identity.CurrentUser;
import dev.verdict.shared.AuditLog;
import java.time.Clock;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes the trail, joining the caller's transaction so an entry commits with its change. */
@Component
class AuditTrail implements AuditLog {

    private final AuditEntries entries;
    private final Clock clock;

    AuditTrail(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(UUID reviewId, String action, String subject, String before, String after) {
        entries.save(new AuditEntry(clock.instant(), actor(), action, reviewId, subject, before, after));
    }

    @Override
    @Transactional
    public void recordAs(String actor, UUID reviewId, String action, String subject) {
        entries.save(new AuditEntry(clock.instant(), actor == null || actor.isBlank() ? "(no name)" : actor.strip(),
                action, reviewId, subject, null, null));
    }

    private static String actor() {
        if (CurrentUser.isSystem()) {
            return "system";
        }
        try {
            return CurrentUser.username();
        } catch (AccessDeniedException anonymous) {
            return "anonymous";
        }
    }
}
