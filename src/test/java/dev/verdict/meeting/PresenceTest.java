package dev.verdict.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.MovableClock;
import dev.verdict.identity.Person;
import dev.verdict.identity.UserDirectory;
import dev.verdict.identity.UsersProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private static final String HASH = "{bcrypt}$2a$10$dtSpQb6qP1L99L3JHiryHeY2l/8Rq1Q6Prlm4Qj5RMVkmilvHzPqq";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final List<Object> events = new ArrayList<>();
    private final Presence presence = new Presence(
            new UserDirectory(new UsersProperties(List.of(
                    new UsersProperties.User("alice", "Alice Attendee", "alice@example.com", HASH, Set.of()),
                    new UsersProperties.User("bob", "Bob Attendee", "bob@example.com", HASH, Set.of())))),
            events::add, new MeetingProperties(Duration.ofMinutes(2), Duration.ofSeconds(22), Duration.ofMinutes(5), Duration.ofMinutes(30)), clock);
    private final UUID review = UUID.randomUUID();

    @Test
    void a_person_with_two_tabs_is_shown_once_and_arrivals_are_announced() {
        presence.seen(review, "tab-1", "alice");
        presence.seen(review, "tab-2", "alice");
        presence.seen(review, "tab-3", "bob");

        assertThat(presence.present(review)).extracting(Person::displayName).containsExactly("Alice Attendee", "Bob Attendee");
        assertThat(events).filteredOn(MeetingChanged.class::isInstance).hasSize(2);
    }

    @Test
    void every_screen_of_a_room_shares_one_list_of_the_people_there_until_someone_comes_or_goes() {
        presence.seen(review, "tab-1", "alice");
        presence.seen(review, "tab-2", "bob");

        var first = presence.present(review);
        assertThat(presence.present(review)).as("asked again by another screen").isSameAs(first);

        presence.left(review, "tab-2", "bob");
        assertThat(presence.present(review)).extracting(Person::username).containsExactly("alice");
        presence.seen(review, "tab-2", "bob");
        assertThat(presence.present(review)).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void a_closed_tab_leaves_the_list_within_thirty_seconds() {
        presence.seen(review, "tab-1", "alice");
        presence.seen(review, "tab-2", "bob");

        for (int second = 5; second <= 30; second += 5) {
            clock.advance(Duration.ofSeconds(5));
            if (second % 10 == 0) {
                presence.seen(review, "tab-2", "bob");
            }
            presence.dropSilentScreens();
        }

        assertThat(presence.present(review)).extracting(Person::username).containsExactly("bob");
    }

    @Test
    void a_detached_screen_leaves_at_once() {
        presence.seen(review, "tab-1", "alice");
        presence.left(review, "tab-1", "alice");

        assertThat(presence.present(review)).isEmpty();
    }

    @Test
    void only_its_own_person_takes_a_screen_out_of_the_room() {
        presence.seen(review, "tab-1", "alice");
        presence.left(review, "tab-1", "bob");

        assertThat(presence.present(review)).extracting(Person::username).containsExactly("alice");
    }

    @Test
    void people_another_node_has_in_the_room_count_until_that_node_falls_silent() {
        presence.seen(review, "tab-1", "alice");
        presence.onElsewhere(new dev.verdict.shared.Relayed<>(new PresentOnNode(review, Set.of("bob", "alice")), "node-b"));

        assertThat(presence.present(review)).extracting(Person::username).containsExactly("alice", "bob");
        assertThat(presence.anyPresent(review, Set.of("bob"))).isTrue();

        for (int second = 5; second <= 30; second += 5) {
            clock.advance(Duration.ofSeconds(5));
            presence.seen(review, "tab-1", "alice");
            presence.dropSilentScreens();
        }

        assertThat(presence.present(review)).extracting(Person::username).containsExactly("alice");
        assertThat(events).filteredOn(PresentOnNode.class::isInstance).as("alice is announced to the other nodes while she stays")
                .hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void a_node_that_says_its_room_emptied_takes_its_people_out_at_once() {
        presence.onElsewhere(new dev.verdict.shared.Relayed<>(new PresentOnNode(review, Set.of("bob")), "node-b"));
        presence.onElsewhere(new dev.verdict.shared.Relayed<>(new PresentOnNode(review, Set.of()), "node-b"));

        assertThat(presence.present(review)).isEmpty();
        assertThat(presence.lastSeen(review, Set.of("bob"))).contains(clock.instant());
    }
}
