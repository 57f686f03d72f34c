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

    /** The tags of each of these reviews that is decided and tagged, as {reviewId, tag} rows. */
    @Query("select d.reviewId, t from DecisionRecord d join d.tags t where d.reviewId in :reviewIds")
    List<Object[]> tagsOf(Collection<UUID> reviewIds);

    /** Every tag any decision carries, each once. */
    @Query("select distinct t from DecisionRecord d join d.tags t")
    List<String> allTags();

    /** The tags the decisions of these reviews carry, each once. */
    @Query("select distinct t from DecisionRecord d join d.tags t where d.reviewId in :reviewIds")
    List<String> tagsAmong(Collection<UUID> reviewIds);

    /** The decisions to look at again on or before {@code day}, earliest first. */
    List<DecisionRecord> findByRevisitOnLessThanEqualOrderByRevisitOn(java.time.LocalDate day);
}
