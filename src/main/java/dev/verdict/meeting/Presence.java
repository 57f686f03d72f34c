package dev.verdict.meeting;

import dev.verdict.identity.Person;
import dev.verdict.identity.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Who has a review open, by screen. Open screens check in every second (they poll for the
 * clock anyway); a screen that stays silent past the timeout, such as a closed tab, is dropped.
 */
@Component
public class Presence {

    private record Screen(String username, Instant lastSeen) {
    }

    /** How long a person's last visit to a room is remembered once they closed it. */
    static final java.time.Duration REMEMBERED = java.time.Duration.ofHours(12);

    private final Map<UUID, Map<String, Screen>> screens = new ConcurrentHashMap<>();
    /** When each person last had each room open, kept after their screens close: who left, and since when. */
    private final Map<UUID, Map<String, Instant>> lastSeen = new ConcurrentHashMap<>();
    private final Instant watchingSince;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final MeetingProperties properties;
    private final Clock clock;

    Presence(UserDirectory directory, ApplicationEventPublisher events, MeetingProperties properties, Clock clock) {
        this.directory = directory;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.watchingSince = clock.instant();
    }

    /** A screen of this user shows the review; tells the room when the user was not there yet. */
    public void seen(UUID reviewId, String screenId, String username) {
        var review = screens.computeIfAbsent(reviewId, id -> new ConcurrentHashMap<>());
        boolean arrived = review.values().stream().noneMatch(s -> s.username().equals(username));
        Instant now = clock.instant();
        review.put(screenId, new Screen(username, now));
        lastSeen.computeIfAbsent(reviewId, id -> new ConcurrentHashMap<>()).put(username, now);
        if (arrived) {
            events.publishEvent(new MeetingChanged(reviewId, MeetingChanged.PRESENCE));
        }
    }

    boolean knows(UUID reviewId, String screenId) {
        return screens.getOrDefault(reviewId, Map.of()).containsKey(screenId);
    }

    /** The screen of {@code username} no longer shows the review; another person's screen of that id stays. */
    public void left(UUID reviewId, String screenId, String username) {
        var review = screens.get(reviewId);
        var screen = review == null ? null : review.get(screenId);
        if (screen != null && screen.username().equals(username) && review.remove(screenId, screen)) {
            events.publishEvent(new MeetingChanged(reviewId, MeetingChanged.PRESENCE));
        }
    }

    public List<Person> present(UUID reviewId) {
        return screens.getOrDefault(reviewId, Map.of()).values().stream()
                .map(Screen::username).distinct()
                .map(directory::describe)
                .sorted(Comparator.comparing(Person::displayName))
                .toList();
    }

    /** Whether one of {@code usernames} has the review open now. */
    public boolean anyPresent(UUID reviewId, java.util.Collection<String> usernames) {
        return screens.getOrDefault(reviewId, Map.of()).values().stream().anyMatch(s -> usernames.contains(s.username()));
    }

    /**
     * When any of {@code usernames} last had the review open (see {@link #anyPresent} for now);
     * empty when none of them has since this node started (see {@link #watchingSince()}).
     */
    public java.util.Optional<Instant> lastSeen(UUID reviewId, java.util.Collection<String> usernames) {
        var seen = lastSeen.getOrDefault(reviewId, Map.of());
        return usernames.stream().map(seen::get).filter(java.util.Objects::nonNull).max(Instant::compareTo);
    }

    /** When this node began to watch rooms: nothing is known of who was present before. */
    public Instant watchingSince() {
        return watchingSince;
    }

    /** People removed from a review leave it at once: their screens no longer count as present. */
    @org.springframework.context.event.EventListener
    void on(dev.verdict.review.TeamChanged event) {
        var review = screens.get(event.reviewId());
        if (review != null && !event.removed().isEmpty()
                && review.values().removeIf(s -> event.removed().contains(s.username()))) {
            events.publishEvent(new MeetingChanged(event.reviewId(), MeetingChanged.PRESENCE));
        }
    }

    @Scheduled(fixedDelay = 5000)
    void dropSilentScreens() {
        Instant cutoff = clock.instant().minus(properties.presenceTimeout());
        screens.forEach((reviewId, review) -> {
            if (review.values().removeIf(s -> s.lastSeen().isBefore(cutoff))) {
                events.publishEvent(new MeetingChanged(reviewId, MeetingChanged.PRESENCE));
            }
        });
        screens.values().removeIf(Map::isEmpty);
        Instant forgotten = clock.instant().minus(REMEMBERED);
        lastSeen.values().forEach(review -> review.values().removeIf(at -> at.isBefore(forgotten)));
        lastSeen.values().removeIf(Map::isEmpty);
    }
}
