package dev.verdict.tracker;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Trackers extends JpaRepository<Tracker, UUID> {

    Optional<Tracker> findByRepositoryId(UUID repositoryId);

    List<Tracker> findAllByOrderByCreatedAt();
}
