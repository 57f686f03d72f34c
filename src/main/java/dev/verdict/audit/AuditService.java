package dev.verdict.audit;

import dev.verdict.identity.CurrentUser;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail: a review's moderators read their review's entries; admins read
 * everything, filtered by person, review and time. Newest first.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    /** At most this many entries per read; narrow the filter for older ones. */
    public static final int LIMIT = 1000;

    private final EntityManager entityManager;
    private final ReviewService reviews;

    AuditService(EntityManager entityManager, ReviewService reviews) {
        this.entityManager = entityManager;
        this.reviews = reviews;
    }

    /**
     * The entries the query asks for, newest first, at most {@value #LIMIT}.
     *
     * @throws AccessDeniedException for a non-admin asking without a review, or for a review they do not moderate
     */
    public List<AuditRecord> trail(AuditQuery query) {
        if (!CurrentUser.isAdmin()) {
            if (query.reviewId() == null) {
                throw new AccessDeniedException("Only admins read the whole audit trail; a moderator reads their review's");
            }
            reviews.require(query.reviewId(), ReviewRole.MODERATOR);
        }
        var cb = entityManager.getCriteriaBuilder();
        var q = cb.createQuery(AuditEntry.class);
        var e = q.from(AuditEntry.class);
        List<Predicate> where = new ArrayList<>();
        if (query.actor() != null && !query.actor().isBlank()) {
            where.add(cb.equal(e.get("actor"), query.actor().strip()));
        }
        if (query.reviewId() != null) {
            where.add(cb.equal(e.get("reviewId"), query.reviewId()));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(e.get("at"), query.from()));
        }
        if (query.to() != null) {
            where.add(cb.lessThan(e.get("at"), query.to()));
        }
        q.where(where.toArray(Predicate[]::new)).orderBy(cb.desc(e.get("at")), cb.desc(e.get("id")));
        return entityManager.createQuery(q).setMaxResults(LIMIT).getResultList().stream().map(AuditEntry::toRecord).toList();
    }

    /**
     * The same entries as CSV (RFC 4180, written by Apache Commons CSV): a header row, then
     * {@code at} (ISO-8601, UTC), actor, action, review, subject, before, after.
     *
     * @throws AccessDeniedException as {@link #trail}
     */
    public String csv(AuditQuery query) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("at", "actor", "action", "review", "subject", "before", "after").get())) {
            for (AuditRecord r : trail(query)) {
                csv.printRecord(DateTimeFormatter.ISO_INSTANT.format(r.at()), r.actor(), r.action(),
                        r.reviewId() == null ? "" : r.reviewId().toString(), r.subject(), r.before(), r.after());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
