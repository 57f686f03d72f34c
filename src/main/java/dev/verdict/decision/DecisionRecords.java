package dev.verdict.decision;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRecords extends JpaRepository<DecisionRecord, UUID> {

    /** The outcome of each of these reviews that is decided, as {reviewId, outcome} pairs. */
    @Query("select d.reviewId, d.outcome from DecisionRecord d where d.reviewId in :reviewIds")
    List<Object[]> outcomesOf(Collection<UUID> reviewIds);
}
