package dev.verdict.revisit;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RevisitReminders extends JpaRepository<RevisitReminder, UUID> {
}
