package dev.verdict.review;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Reviews extends JpaRepository<Review, UUID> {

    /**
     * The member's reviews, newest first, without loading them: a list of reviews would otherwise
     * fetch every design doc (and every agenda's sections) to show titles.
     */
    @Query("select new dev.verdict.review.ReviewListing(r.id, r.title, m.role, r.timeboxMinutes, size(r.agenda),"
            + " r.createdAt, r.scheduledStart, r.scheduledZone, r.cancellationReason)"
            + " from Review r join r.members m where m.username = :username order by r.createdAt desc")
    List<ReviewListing> listedFor(String username);

    /** Where each of these reviews' doc came from: the repository's id, null for a pasted or uploaded doc. */
    @Query("select new dev.verdict.review.ReviewService$DocSource(r.id, r.sourceRepositoryId) from Review r where r.id in :reviewIds")
    List<ReviewService.DocSource> docSourcesOf(java.util.Collection<UUID> reviewIds);

    /** Everyone in the review in their roles, without loading the review; empty when there is no such review. */
    @Query("select m from Review r join r.members m where r.id = :reviewId")
    List<Membership> membersOf(UUID reviewId);

    /** Every review, for the history of an admin or of background work; the doc is not read. */
    @Query("select new dev.verdict.review.HistoryListing(r.id, r.title, r.createdAt, r.scheduledStart, r.scheduledZone,"
            + " r.sourceRepositoryId, r.cancellationReason) from Review r")
    List<HistoryListing> listedAll();

    /** The reviews this person is a member of, in any role, once each; the doc is not read. */
    @Query("select new dev.verdict.review.HistoryListing(r.id, r.title, r.createdAt, r.scheduledStart, r.scheduledZone,"
            + " r.sourceRepositoryId, r.cancellationReason) from Review r where r.id in"
            + " (select r2.id from Review r2 join r2.members m where m.username = :username)")
    List<HistoryListing> listedVisibleTo(String username);

    /** The ids of the reviews this person is a member of. */
    @Query("select distinct r.id from Review r join r.members m where m.username = :username")
    Set<UUID> idsOfMember(String username);

    /** A person named as decision maker in a review. */
    record NamedDecisionMaker(UUID reviewId, String username) {
    }

    /** The decision makers these reviews name (one or more per review, in no order). */
    @Query("select new dev.verdict.review.Reviews$NamedDecisionMaker(r.id, m.username) from Review r join r.members m"
            + " where m.role = dev.verdict.review.ReviewRole.DECISION_MAKER and r.id in :reviewIds")
    List<NamedDecisionMaker> namedDecisionMakersOf(java.util.Collection<UUID> reviewIds);

    /** The reviews of one repository file, newest first: candidates for the review a new one follows. */
    @Query("select r.id from Review r where r.sourceRepositoryId = :repositoryId and r.sourcePath = :path order by r.createdAt desc")
    List<UUID> idsOfDoc(UUID repositoryId, String path);

    /** Why the review was cancelled; empty while it goes ahead (or when there is no such review). The doc is not read. */
    @Query("select r.cancellationReason from Review r where r.id = :reviewId and r.cancelledAt is not null")
    Optional<String> cancellationReasonOf(UUID reviewId);

    @Query("select r.followsReviewId from Review r where r.id = :reviewId")
    Optional<UUID> followedBy(UUID reviewId);
}
