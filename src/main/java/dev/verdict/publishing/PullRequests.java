package dev.verdict.publishing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PullRequests extends JpaRepository<PullRequest, UUID> {

    /** Pending pull requests whose next attempt has come, oldest first. */
    @Query("select p.reviewId from PullRequest p where p.state = dev.verdict.publishing.PullRequestState.PENDING"
            + " and (p.nextAttemptAt is null or p.nextAttemptAt <= :now) order by p.nextAttemptAt")
    List<UUID> due(Instant now);

    /** Open pull requests not read since {@code before}. */
    @Query("select p.reviewId from PullRequest p where p.state = dev.verdict.publishing.PullRequestState.OPEN"
            + " and (p.checkedAt is null or p.checkedAt <= :before) order by p.checkedAt")
    List<UUID> toCheck(Instant before);

    /** Each of these reviews' pull request as {reviewId, state}. */
    @Query("select p.reviewId, p.state from PullRequest p where p.reviewId in :reviewIds")
    List<Object[]> statesOf(Collection<UUID> reviewIds);
}
