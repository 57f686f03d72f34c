package dev.verdict.integration;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/** STOMP at /ws (same origin, behind the login), topics /topic/reviews/{id}; clients only subscribe. */
@Configuration
@EnableWebSocketMessageBroker
class StompConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String TOPIC_PREFIX = "/topic/reviews/";

    private final SubscriptionGuard guard;

    StompConfiguration(SubscriptionGuard guard) {
        this.guard = guard;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint("/ws");
        registry.setErrorHandler(new RefusalMessages());
    }

    /** Tells a refused client why, in the ERROR frame's message, instead of a channel's internals. */
    static final class RefusalMessages extends StompSubProtocolErrorHandler {
        @Override
        public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable ex) {
            Throwable cause = ex;
            while (cause.getCause() != null && !(cause instanceof AccessDeniedException)) {
                cause = cause.getCause();
            }
            if (!(cause instanceof AccessDeniedException)) {
                return super.handleClientMessageProcessingError(clientMessage, ex);
            }
            StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
            error.setMessage(cause.getMessage());
            error.setLeaveMutable(true);
            return MessageBuilder.createMessage(new byte[0], error.getMessageHeaders());
        }
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/topic");
        registry.setApplicationDestinationPrefixes("/app");
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(guard);
    }
}
