package dev.verdict.chat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChatDeliveries extends JpaRepository<ChatDelivery, UUID> {

    boolean existsByWebhookAndEvent(String webhook, String event);

    List<ChatDelivery> findByDeliveredAtIsNullAndFailedAtIsNullAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(
            Instant now, Limit limit);

    List<ChatDelivery> findAllByOrderByCreatedAtDesc(Limit limit);
}
