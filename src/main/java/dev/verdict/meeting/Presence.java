package dev.verdict.meeting;

import dev.verdict.identity.Person;
import dev.verdict.identity.UserDirectory;
import dev.verdict.review.TeamChanged;
import dev.verdict.shared.Relayed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Who has a review open, by screen. Open screens check in every second (they poll for the
 * clock anyway); a screen that stays silent past the timeout, such as a closed tab, is dropped.
 * In a cluster each node also hears who the other nodes have in each room ({@link PresentOnNode},
 * repeated every few seconds) and counts them with its own; what a node stops repeating (it
 * stopped) is forgotten after the same timeout.
 */
@Component
public class Presence {

    private record Screen(String username, Instant lastSeen) {
    }

    /** Who another node last said it had in a room, and when it said so. */
    private record Elsewhere(Set<String> usernames, Instant heardAt) {
    }

    /** The people in a room as {@link #present} last described them. */
    private record Described(Set<String> usernames, List<Person> people, Instant at) {
    }

    private static final Duration DESCRIBED_FOR = Duration.ofMinutes(1);

    /** How long a person's last visit to a room is remembered once they closed it. */
    static final Duration REMEMBERED = Duration.ofHours(12);

    private final Map<UUID, Map<String, Screen>> screens = new ConcurrentHashMap<>();
    /** By review, then by node id: the people other nodes have in the room. */
    private final Map<UUID, Map<String, Elsewhere>> elsewhere = new ConcurrentHashMap<>();
    /** When each person last had each room open, kept after their screens close: who left, and since when. */
    private final Map<UUID, Map<String, Instant>> lastSeen = new ConcurrentHashMap<>();
    private final Map<UUID, Described> described = new ConcurrentHashMap<>();
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
            changed(reviewId);
        }
    }

    /** Tells the other nodes first, then the screens: a screen elsewhere re-reads after both arrived. */
    private void changed(UUID reviewId) {
        events.publishEvent(new PresentOnNode(reviewId, onThisNode(reviewId)));
        events.publishEvent(new MeetingChanged(reviewId, MeetingChanged.PRESENCE));
    }

    private Set<String> onThisNode(UUID reviewId) {
        return screens.getOrDefault(reviewId, Map.of()).values().stream().map(Screen::username).collect(Collectors.toUnmodifiableSet());
    }

    /** Everyone in the room on any node. */
    private Stream<String> everywhere(UUID reviewId) {
        Instant cutoff = clock.instant().minus(properties.presenceTimeout());
        return Stream.concat(onThisNode(reviewId).stream(), elsewhere.getOrDefault(reviewId, Map.of()).values().stream()
                .filter(e -> !e.heardAt().isBefore(cutoff)).flatMap(e -> e.usernames().stream()));
    }

    boolean knows(UUID reviewId, String screenId) {
        return screens.getOrDefault(reviewId, Map.of()).containsKey(screenId);
    }

    /** The screen of {@code username} no longer shows the review; another person's screen of that id stays. */
    public void left(UUID reviewId, String screenId, String username) {
        var review = screens.get(reviewId);
        var screen = review == null ? null : review.get(screenId);
        if (screen != null && screen.username().equals(username) && review.remove(screenId, screen)) {
            changed(reviewId);
        }
    }

    /**
     * Everyone who has the review open, on this node or another one, each once, by display name.
     * The same list instance is returned while the same people are there (for at most a minute,
     * so a changed display name shows): fifty screens of one room hold one list, not fifty.
     */
    public List<Person> present(UUID reviewId) {
        Set<String> usernames = everywhere(reviewId).collect(Collectors.toUnmodifiableSet());
        if (usernames.isEmpty()) {
            described.remove(reviewId);
            return List.of();
        }
        Instant now = clock.instant();
        Described memo = described.get(reviewId);
        if (memo != null && memo.usernames().equals(usernames) && memo.at().isAfter(now.minus(DESCRIBED_FOR))) {
            return memo.people();
        }
        // Described outside any map lock (the directory may ask the database); two screens asking
        // at once may each describe the room, and the later one is kept.
        var fresh = new Described(usernames, usernames.stream()
                .map(directory::describe)
                .sorted(Comparator.comparing(Person::displayName))
                .toList(), now);
        described.put(reviewId, fresh);
        return fresh.people();
    }

    /** Whether one of {@code usernames} has the review open now. */
    public boolean anyPresent(UUID reviewId, Collection<String> usernames) {
        return everywhere(reviewId).anyMatch(usernames::contains);
    }

    /**
     * When any of {@code usernames} last had the review open (see {@link #anyPresent} for now);
     * empty when none of them has since this node started (see {@link #watchingSince()}).
     */
    public Optional<Instant> lastSeen(UUID reviewId, Collection<String> usernames) {
        var seen = lastSeen.getOrDefault(reviewId, Map.of());
        return usernames.stream().map(seen::get).filter(Objects::nonNull).max(Instant::compareTo);
    }

    /** When this node began to watch rooms: nothing is known of who was present before. */
    public Instant watchingSince() {
        return watchingSince;
    }

    /** People removed from a review leave it at once: their screens no longer count as present. */
    @EventListener
    void on(TeamChanged event) {
        var review = screens.get(event.reviewId());
        if (review != null && !event.removed().isEmpty()
                && review.values().removeIf(s -> event.removed().contains(s.username()))) {
            changed(event.reviewId());
        }
    }

    /** Removed on another node: their screens here leave too. */
    @EventListener
    void onRelayed(Relayed<TeamChanged> relayed) {
        on(relayed.event());
    }

    /**
     * Another node said who it has in a room. Those people count as present here until that node
     * stops repeating it; the screens here learn of the change from the node's own relayed
     * {@link MeetingChanged}, which follows this.
     */
    @EventListener
    void onElsewhere(Relayed<PresentOnNode> relayed) {
        UUID reviewId = relayed.event().reviewId();
        Instant now = clock.instant();
        var nodes = elsewhere.computeIfAbsent(reviewId, id -> new ConcurrentHashMap<>());
        if (relayed.event().usernames().isEmpty()) {
            nodes.remove(relayed.node());
            return;
        }
        nodes.put(relayed.node(), new Elsewhere(Set.copyOf(relayed.event().usernames()), now));
        var seen = lastSeen.computeIfAbsent(reviewId, id -> new ConcurrentHashMap<>());
        relayed.event().usernames().forEach(username -> seen.put(username, now));
    }

    @Scheduled(fixedDelay = 5000)
    void dropSilentScreens() {
        Instant cutoff = clock.instant().minus(properties.presenceTimeout());
        screens.forEach((reviewId, review) -> {
            if (review.values().removeIf(s -> s.lastSeen().isBefore(cutoff))) {
                changed(reviewId);
            } else if (!review.isEmpty()) {
                // Still here: said again for the other nodes, which forget what is not repeated.
                events.publishEvent(new PresentOnNode(reviewId, onThisNode(reviewId)));
            }
        });
        screens.values().removeIf(Map::isEmpty);
        elsewhere.forEach((reviewId, nodes) -> {
            if (nodes.values().removeIf(e -> e.heardAt().isBefore(cutoff))) {
                // A node that went silent (stopped, or cut off) takes its people out of the room.
                events.publishEvent(new MeetingChanged(reviewId, MeetingChanged.PRESENCE));
            }
        });
        elsewhere.values().removeIf(Map::isEmpty);
        described.keySet().removeIf(reviewId -> !screens.containsKey(reviewId) && !elsewhere.containsKey(reviewId));
        Instant forgotten = clock.instant().minus(REMEMBERED);
        lastSeen.values().forEach(review -> review.values().removeIf(at -> at.isBefore(forgotten)));
        lastSeen.values().removeIf(Map::isEmpty);
    }
}
