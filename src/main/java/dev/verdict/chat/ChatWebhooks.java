package dev.verdict.chat;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChatWebhooks extends JpaRepository<ChatWebhook, UUID> {

    List<ChatWebhook> findByRepositoryId(UUID repositoryId);

    List<ChatWebhook> findAllByOrderByCreatedAt();
}
