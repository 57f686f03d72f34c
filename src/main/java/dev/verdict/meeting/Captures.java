package dev.verdict.meeting;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Captures extends JpaRepository<Capture, UUID> {
    List<Capture> findByReviewIdOrderByCapturedAt(UUID reviewId);

    List<Capture> findByReviewIdInAndKind(java.util.Collection<UUID> reviewIds, CaptureKind kind);

    List<Capture> findByKindAndDueDateLessThanEqual(CaptureKind kind, java.time.LocalDate day);
}
