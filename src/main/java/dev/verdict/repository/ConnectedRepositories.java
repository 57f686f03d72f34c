package dev.verdict.repository;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConnectedRepositories extends JpaRepository<ConnectedRepository, UUID> {

    boolean existsByName(String name);

    List<ConnectedRepository> findAllByOrderByName();
}
