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

    private final Map<UUID, Map<String, Screen>> screens = new ConcurrentHashMap<>();
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final MeetingProperties properties;
    private final Clock clock;

    Presence(UserDirectory directory, ApplicationEventPublisher events, MeetingProperties properties, Clock clock) {
        this.directory = directory;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** A screen of this user shows the review; tells the room when the user was not there yet. */
    public void seen(UUID reviewId, String screenId, String username) {
        var review = screens.computeIfAbsent(reviewId, id -> new ConcurrentHashMap<>());
        boolean arrived = review.values().stream().noneMatch(s -> s.username().equals(username));
        review.put(screenId, new Screen(username, clock.instant()));
        if (arrived) {
            events.publishEvent(new MeetingChanged(reviewId, MeetingChanged.PRESENCE));
        }
    }

    boolean knows(UUID reviewId, String screenId) {
        return screens.getOrDefault(reviewId, Map.of()).containsKey(screenId);
    }

    public void left(UUID reviewId, String screenId) {
        var review = screens.get(reviewId);
        if (review != null && review.remove(screenId) != null) {
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

    @Scheduled(fixedDelay = 5000)
    void dropSilentScreens() {
        Instant cutoff = clock.instant().minus(properties.presenceTimeout());
        screens.forEach((reviewId, review) -> {
            if (review.values().removeIf(s -> s.lastSeen().isBefore(cutoff))) {
                events.publishEvent(new MeetingChanged(reviewId, MeetingChanged.PRESENCE));
            }
        });
        screens.values().removeIf(Map::isEmpty);
    }
}
