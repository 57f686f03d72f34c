package dev.verdict.meeting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoomDisplays extends JpaRepository<RoomDisplay, String> {

    List<RoomDisplay> findByReviewIdAndRevokedAtIsNull(UUID reviewId);

    default Optional<RoomDisplay> findActive(String token) {
        return findById(token).filter(RoomDisplay::active);
    }
}
