package dev.verdict.audit;

import org.springframework.data.repository.Repository;

/** Append only: no update, no delete (the trail is append-only). Reading goes through {@link AuditService}'s query. */
interface AuditEntries extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);
}
