package dev.verdict.integration;

import dev.verdict.review.TeamChanged;
import dev.verdict.shared.AfterCommit;
import dev.verdict.shared.ChangesMissed;
import dev.verdict.shared.Relayed;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.simp.user.SimpSubscription;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Someone removed from a review stops hearing its feed at once: once the removal commits, each of
 * their subscriptions to the review's topic is dropped from the broker, and their STOMP session
 * gets an ERROR frame saying why (a client treats it as the end of the connection).
 */
@Component
class RemovedSubscribers {

    static final String REMOVED = "You are no longer in this review";

    private final SimpUserRegistry users;
    private final MessageChannel broker;
    private final MessageChannel toClients;
    private final SubscriptionGuard guard;

    RemovedSubscribers(SimpUserRegistry users, @Qualifier("brokerChannel") MessageChannel broker,
                       @Qualifier("clientOutboundChannel") MessageChannel toClients, SubscriptionGuard guard) {
        this.users = users;
        this.guard = guard;
        this.broker = broker;
        this.toClients = toClients;
    }

    @EventListener
    void on(TeamChanged event) {
        if (event.removed().isEmpty()) {
            return;
        }
        String topic = StompConfiguration.TOPIC_PREFIX + event.reviewId();
        AfterCommit.run(() -> event.removed().stream().map(users::getUser).filter(java.util.Objects::nonNull)
                .flatMap((SimpUser user) -> user.getSessions().stream())
                .flatMap(session -> session.getSubscriptions().stream())
                .filter(subscription -> topic.equals(subscription.getDestination()))
                .toList()
                .forEach(this::drop));
    }

    /** Removed on another node of the cluster (ADR 27): their subscriptions on this node end too. */
    @EventListener
    void onRelayed(Relayed<TeamChanged> relayed) {
        on(relayed.event());
    }

    /**
     * This node was not listening for a while (ADR 27) and may have missed a removal committed on
     * another node: every subscription is checked again against the review's members.
     */
    @EventListener
    void on(ChangesMissed missed) {
        users.getUsers().stream()
                .flatMap((SimpUser user) -> user.getSessions().stream())
                .flatMap(session -> session.getSubscriptions().stream())
                .filter(subscription -> !guard.mayStillHear(subscription.getSession().getUser().getPrincipal(),
                        subscription.getDestination()))
                .toList()
                .forEach(this::drop);
    }

    private void drop(SimpSubscription subscription) {
        String sessionId = subscription.getSession().getId();
        var unsubscribe = SimpMessageHeaderAccessor.create(SimpMessageType.UNSUBSCRIBE);
        unsubscribe.setSessionId(sessionId);
        unsubscribe.setSubscriptionId(subscription.getId());
        unsubscribe.setLeaveMutable(true);
        broker.send(MessageBuilder.createMessage(new byte[0], unsubscribe.getMessageHeaders()));
        var error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setSessionId(sessionId);
        error.setMessage(REMOVED);
        error.setLeaveMutable(true);
        toClients.send(MessageBuilder.createMessage(new byte[0], error.getMessageHeaders()));
    }
}
