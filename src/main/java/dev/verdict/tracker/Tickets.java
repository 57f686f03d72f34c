package dev.verdict.tracker;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface Tickets extends JpaRepository<Ticket, UUID> {

    boolean existsByTrackerIdAndItemId(UUID trackerId, UUID itemId);

    List<Ticket> findByFiledAtIsNullAndFailedAtIsNullAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(Instant now, Limit limit);

    List<Ticket> findByReviewIdInOrderByCreatedAt(Collection<UUID> reviewIds);

    List<Ticket> findAllByOrderByCreatedAtDesc(Limit limit);
}
