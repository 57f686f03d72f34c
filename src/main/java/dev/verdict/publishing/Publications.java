package dev.verdict.publishing;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface Publications extends JpaRepository<Publication, UUID> {

    /** Each of these reviews' publication as {reviewId, state, adrPath}; undecided reviews are left out. */
    @Query("select p.reviewId, p.state, p.adrPath from Publication p where p.reviewId in :reviewIds")
    List<Object[]> statesOf(Collection<UUID> reviewIds);

    /** How many publications are in this state. */
    long countByState(PublicationState state);
}
