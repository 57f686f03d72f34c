package dev.verdict.preread;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PreReads extends JpaRepository<PreRead, UUID> {
}

interface DocComments extends JpaRepository<DocComment, UUID> {

    List<DocComment> findByReviewIdOrderByCreatedAt(UUID reviewId);
}

interface ReadReceipts extends JpaRepository<ReadReceipt, UUID> {

    List<ReadReceipt> findByReviewId(UUID reviewId);

    Optional<ReadReceipt> findByReviewIdAndUsername(UUID reviewId, String username);
}

interface Notifications extends JpaRepository<Notification, UUID> {

    List<Notification> findTop20ByUsernameOrderByCreatedAtDesc(String username);

    long countByUsernameAndSeenFalse(String username);

    List<Notification> findByUsernameAndSeenFalse(String username);
}
