package dev.verdict.meeting;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Meetings extends JpaRepository<Meeting, UUID> {
}
