package dev.verdict.meeting;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
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

    /** Each of these reviews' meeting status, as {reviewId, status} pairs; reviews with no meeting yet are left out. */
    @Query("select m.reviewId, m.status from Meeting m where m.reviewId in :reviewIds")
    List<Object[]> statusesOf(Collection<UUID> reviewIds);

    /** Where one meeting stands, without its items; empty before it starts. */
    @Query("select new dev.verdict.meeting.ModeratorWatch$Started(m.status, m.startedAt) from Meeting m"
            + " where m.reviewId = :reviewId and m.startedAt is not null")
    Optional<ModeratorWatch.Started> startedById(UUID reviewId);

    /** Reviews whose meeting has started and has not closed with a decision. */
    @Query("select m.reviewId from Meeting m where m.status in :statuses")
    List<UUID> withStatus(Collection<MeetingStatus> statuses);

    /** How many meetings are in one of these states. */
    @Query("select count(m) from Meeting m where m.status in :statuses")
    long countWithStatus(Collection<MeetingStatus> statuses);
}
