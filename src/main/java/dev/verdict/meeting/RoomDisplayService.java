package dev.verdict.meeting;

import dev.verdict.identity.CurrentUser;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only room displays for a TV: the moderator opens a per-review link and can revoke it;
 * whoever holds an active link sees the big clock, the current item and the latest captures.
 */
@Service
@Transactional
public class RoomDisplayService {

    static final int LATEST = 5;

    private final RoomDisplays displays;
    private final ReviewService reviews;
    private final MeetingService meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoomDisplayService(RoomDisplays displays, ReviewService reviews, MeetingService meetings,
                       ApplicationEventPublisher events, Clock clock) {
        this.displays = displays;
        this.reviews = reviews;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    /** The review's active display link token, creating one if there is none. Moderator only. */
    public String open(UUID reviewId) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        return displays.findByReviewIdAndRevokedAtIsNull(reviewId).stream().findFirst()
                .orElseGet(() -> displays.save(new RoomDisplay(reviewId, CurrentUser.username(), clock.instant())))
                .token();
    }

    @Transactional(readOnly = true)
    public Optional<String> active(UUID reviewId) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        return displays.findByReviewIdAndRevokedAtIsNull(reviewId).stream().findFirst().map(RoomDisplay::token);
    }

    /** Revokes every display link of the review; open displays go blank on their next update. */
    public void revoke(UUID reviewId) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        displays.findByReviewIdAndRevokedAtIsNull(reviewId).forEach(d -> d.revoke(clock.instant()));
        events.publishEvent(new MeetingChanged(reviewId, "display revoked"));
    }

    /**
     * The display's view of the room, or empty when the link is unknown or revoked. Holds no
     * transaction while the room is read: displays share the room's read with the other screens.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Optional<DisplayState> show(String token) {
        return displays.findActive(token).map(display -> CurrentUser.asSystem(() -> {
            RoomState room = meetings.liveRoom(display.reviewId());
            var latest = room.captures().stream()
                    .sorted(Comparator.comparing(RoomState.Captured::at).reversed())
                    .limit(LATEST)
                    .map(c -> c.kind().label() + ": " + c.text())
                    .toList();
            return new DisplayState(room.reviewId(), room.title(), room.status(),
                    room.status().clockRuns() ? room.current().title() : room.status().label(),
                    room.secondsLeftAtRead(), room.readAt(), latest);
        }));
    }

    /** The review a token belongs to, if it is active: for subscribing a display to the room's feed. */
    @Transactional(readOnly = true)
    public Optional<UUID> reviewOf(String token) {
        return displays.findActive(token).map(RoomDisplay::reviewId);
    }
}
