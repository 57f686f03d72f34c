package dev.verdict.integration;

import dev.verdict.meeting.MeetingChanged;
import dev.verdict.publishing.PublicationChanged;
import dev.verdict.shared.AfterCommit;
import dev.verdict.shared.Relayed;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/** Relays the room's committed events to the review's STOMP topic: ids and what changed, never content. */
@Component
class RoomEventRelay {

    private final SimpMessagingTemplate messaging;

    RoomEventRelay(SimpMessagingTemplate messaging) {
        this.messaging = messaging;
    }

    @EventListener
    void on(MeetingChanged event) {
        if (!"presence".equals(event.change())) {
            send(event.reviewId(), "MeetingChanged", event.change());
        }
    }

    @EventListener
    void on(PublicationChanged event) {
        send(event.reviewId(), "PublicationChanged", "publication");
    }

    /** Committed on another node of the cluster (ADR 27): this node's STOMP subscribers hear it too. */
    @EventListener
    void onMeeting(Relayed<MeetingChanged> relayed) {
        on(relayed.event());
    }

    @EventListener
    void onPublication(Relayed<PublicationChanged> relayed) {
        on(relayed.event());
    }

    private void send(UUID reviewId, String type, String change) {
        Object payload = Map.of("type", type, "reviewId", reviewId.toString(), "change", change);
        String topic = StompConfiguration.TOPIC_PREFIX + reviewId;
        AfterCommit.run(() -> messaging.convertAndSend(topic, payload));
    }
}
