package dev.verdict.publishing;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Publications extends JpaRepository<Publication, UUID> {
}
