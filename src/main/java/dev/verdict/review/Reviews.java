package dev.verdict.review;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Reviews extends JpaRepository<Review, UUID> {

    /**
     * The member's reviews, newest first, without loading them: a list of reviews would otherwise
     * fetch every design doc (and every agenda's sections) to show titles.
     */
    @Query("select new dev.verdict.review.ReviewListing(r.id, r.title, m.role, r.timeboxMinutes, size(r.agenda),"
            + " r.createdAt, r.scheduledStart, r.scheduledZone)"
            + " from Review r join r.members m where m.username = :username order by r.createdAt desc")
    List<ReviewListing> listedFor(String username);

    /** Where each of these reviews' doc came from: the repository's id, null for a pasted or uploaded doc. */
    @Query("select new dev.verdict.review.ReviewService$DocSource(r.id, r.sourceRepositoryId) from Review r where r.id in :reviewIds")
    List<ReviewService.DocSource> docSourcesOf(java.util.Collection<UUID> reviewIds);

    /** Everyone in the review in their roles, without loading the review; empty when there is no such review. */
    @Query("select m from Review r join r.members m where r.id = :reviewId")
    List<Membership> membersOf(UUID reviewId);
}
