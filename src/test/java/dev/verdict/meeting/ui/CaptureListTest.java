package dev.verdict.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import dev.verdict.identity.Person;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.Level;
import dev.verdict.meeting.RoomState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaptureListTest {

    private static final Person ALICE = new Person("alice", "Alice Attendee", "alice@example.com");
    private final UUID id = UUID.randomUUID();

    @Test
    void screens_showing_the_same_item_share_its_words_instead_of_each_holding_a_copy() {
        var onAlicesScreen = new CaptureList("risks", c -> { });
        var onBobsScreen = new CaptureList("risks", c -> { });

        onAlicesScreen.show(List.of(risk("Cold cache", 0, true)));
        onBobsScreen.show(List.of(risk("Cold cache", 0, false)));

        assertThat(text(onAlicesScreen)).isEqualTo("Cold cache — Alice Attendee").isSameAs(text(onBobsScreen));
        assertThat(item(onAlicesScreen).getElement().getAttribute("data-meta"))
                .isEqualTo("likelihood high, impact low, no owner yet")
                .isSameAs(item(onBobsScreen).getElement().getAttribute("data-meta"));
    }

    @Test
    void only_the_viewers_own_items_hold_a_button_that_names_the_item_and_every_item_stays_a_list_item() {
        var list = new CaptureList("risks", c -> { });

        list.show(List.of(risk("Cold cache", 0, true)));
        assertThat(button(list).getAttribute("data-item")).isEqualTo(id.toString());
        assertThat(button(list).getText()).isEqualTo("Cold cache — Alice Attendee");
        assertThat(item(list).getElement().hasAttribute("role")).as("still a list item").isFalse();

        list.show(List.of(risk("Cold cache", 0, false)));
        assertThat(button(list)).isNull();
        assertThat(item(list).getElement().hasAttribute("role")).isFalse();
    }

    @Test
    void an_edited_item_shows_its_new_words() {
        var list = new CaptureList("risks", c -> { });
        list.show(List.of(risk("Cold cache", 0, false)));

        list.show(List.of(risk("Cold cache after deploy", 1, false)));

        assertThat(text(list)).isEqualTo("Cold cache after deploy — Alice Attendee");
    }

    @Test
    void an_edit_replaces_the_items_shared_words_instead_of_keeping_every_version() {
        var list = new CaptureList("risks", c -> { });
        list.show(List.of(risk("Cold cache", 0, false)));
        int kept = CaptureList.Line.kept();

        list.show(List.of(risk("Cold cache after deploy", 1, false)));
        list.show(List.of(risk("Cold cache after every deploy", 2, false)));

        assertThat(CaptureList.Line.kept()).isEqualTo(kept);
        assertThat(text(list)).isEqualTo("Cold cache after every deploy — Alice Attendee");
    }

    @Test
    void a_list_with_items_of_the_viewers_own_says_once_how_to_change_them() {
        var list = new CaptureList("risks", c -> { });
        list.show(List.of(risk("Cold cache", 0, false)));
        assertThat(list.getElement().hasAttribute("title")).isFalse();

        list.show(List.of(risk("Cold cache", 0, true)));
        assertThat(list.getElement().getAttribute("title")).contains("edit or remove");
    }

    private RoomState.Captured risk(String text, long version, boolean mine) {
        return new RoomState.Captured(id, CaptureKind.RISK, text, ALICE, "Problem", Instant.EPOCH, Level.HIGH, Level.LOW,
                null, null, null, mine, version, null, null, false);
    }

    private static ListItem item(CaptureList list) {
        return (ListItem) list.getChildren().findFirst().orElseThrow();
    }

    /** The item's text node, the viewer's own item's inside its button. */
    private static String text(CaptureList list) {
        var node = item(list).getElement().getChild(0);
        return node.isTextNode() ? node.getText() : node.getChild(0).getText();
    }

    private static com.vaadin.flow.dom.Element button(CaptureList list) {
        return item(list).getElement().getChildren().filter(e -> !e.isTextNode() && e.getTag().equals("button")).findFirst().orElse(null);
    }
}
