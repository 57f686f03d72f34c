package dev.verdict.preread;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PreReads extends JpaRepository<PreRead, UUID> {

    /** Which of these reviews have their pre-read open. */
    @Query("select p.reviewId from PreRead p where p.reviewId in :reviewIds")
    List<UUID> openedAmong(Collection<UUID> reviewIds);
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
