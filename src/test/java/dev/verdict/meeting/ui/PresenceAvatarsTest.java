package dev.verdict.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.avatar.AvatarGroup;
import dev.verdict.identity.Person;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Who is here, as the room's header shows it: everyone in a small room, seven and a count in a large one. */
class PresenceAvatarsTest {

    @Test
    void a_room_of_eight_shows_everyone_by_name() {
        var here = people(8);

        assertThat(MeetingView.avatars(here)).extracting(AvatarGroup.AvatarGroupItem::getName)
                .containsExactlyElementsOf(here.stream().map(Person::displayName).toList());
    }

    @Test
    void a_room_of_fifty_shows_seven_people_and_one_avatar_counting_the_other_forty_three() {
        var avatars = MeetingView.avatars(people(50));

        assertThat(avatars).hasSize(8);
        assertThat(avatars.subList(0, 7)).extracting(AvatarGroup.AvatarGroupItem::getName)
                .containsExactly("Person 01", "Person 02", "Person 03", "Person 04", "Person 05", "Person 06", "Person 07");
        assertThat(avatars.getLast().getAbbreviation()).isEqualTo("+43");
        assertThat(avatars.getLast().getName()).isEqualTo("43 more here");
    }

    private static List<Person> people(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Person("p" + i, "Person %02d".formatted(i), "p" + i + "@example.com")).toList();
    }
}
