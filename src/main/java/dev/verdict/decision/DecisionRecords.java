package dev.verdict.decision;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRecords extends JpaRepository<DecisionRecord, UUID> {

    /** How each of these reviews that is decided ended, as {reviewId, outcome, decision maker, decided at} rows. */
    @Query("select d.reviewId, d.outcome, d.decisionMaker, d.decidedAt from DecisionRecord d where d.reviewId in :reviewIds")
    List<Object[]> outcomesOf(Collection<UUID> reviewIds);

    /** The decisions to look at again on or before {@code day}, earliest first. */
    List<DecisionRecord> findByRevisitOnLessThanEqualOrderByRevisitOn(java.time.LocalDate day);
}
