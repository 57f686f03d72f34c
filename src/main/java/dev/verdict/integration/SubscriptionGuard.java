package dev.verdict.integration;

import dev.verdict.review.ReviewService;
import java.security.Principal;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Lets a logged-in member of a review subscribe to that review's topic, and nothing else: no
 * other destination, no sending. The membership check is the review service's own.
 */
@Component
class SubscriptionGuard implements ChannelInterceptor {

    private static final Pattern REVIEW_TOPIC = Pattern.compile("^/topic/reviews/([0-9a-fA-F-]{36})$");

    private final ReviewService reviews;

    SubscriptionGuard(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        StompCommand command = stomp.getCommand();
        if (command == StompCommand.SEND) {
            throw new AccessDeniedException("This feed is read-only");
        }
        if (command == StompCommand.SUBSCRIBE) {
            authorize(stomp.getUser(), stomp.getDestination());
        }
        return message;
    }

    /** Whether {@code user} may still hear {@code destination}: a member of its review, as at subscribing. */
    boolean mayStillHear(Principal user, String destination) {
        try {
            authorize(user, destination);
            return true;
        } catch (AccessDeniedException | IllegalArgumentException refused) {
            return false;
        }
    }

    private void authorize(Principal user, String destination) {
        if (!(user instanceof Authentication authentication) || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("Log in first");
        }
        Matcher topic = REVIEW_TOPIC.matcher(destination == null ? "" : destination);
        if (!topic.matches()) {
            throw new AccessDeniedException("Only /topic/reviews/{id} can be subscribed to");
        }
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            reviews.roleOfCaller(UUID.fromString(topic.group(1)));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
