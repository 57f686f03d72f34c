package dev.verdict.followup;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUps extends JpaRepository<FollowUp, UUID> {

    List<FollowUp> findByActionIdIn(Collection<UUID> actionIds);
}
