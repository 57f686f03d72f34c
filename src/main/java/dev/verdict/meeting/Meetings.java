package dev.verdict.meeting;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface Meetings extends JpaRepository<Meeting, UUID> {

    /** The meeting row, locked until the transaction ends: captures and closing never interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.reviewId = :reviewId")
    Optional<Meeting> lockById(UUID reviewId);
}
