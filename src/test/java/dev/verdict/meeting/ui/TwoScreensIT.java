package dev.verdict.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.Level;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people with the room open at once, each in a browserless UI of their own (one per thread,
 * as Karibu keeps its UI per thread): what one captures appears on the other's screen by push.
 */
class TwoScreensIT extends KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;

    UUID review;
    ExecutorService bobsThread;

    @BeforeEach
    void aRunningReview() {
        review = AsUser.call("mia", () -> reviews.open(new NewReview("Two screens",
                dev.verdict.TestDocs.READY, Set.of("alice", "bob"), Set.of("olga"), 20)));
        AsUser.run("mia", () -> meetings.start(review));
        bobsThread = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void closeBobsScreen() throws Exception {
        onBobsScreen(() -> {
            logout();
            return null;
        });
        bobsThread.shutdown();
    }

    @Test
    void each_attendee_sees_the_others_risk_and_parked_item_without_reload() throws Exception {
        openRoomAs("alice");
        onBobsScreen(() -> {
            openRoomAs("bob");
            return null;
        });

        addRisk("Cache stampede on deploy");
        onBobsScreen(() -> {
            _setValue(_get(Select.class, s -> s.withLabel("Capture")), CaptureKind.PARKED);
            _setValue(_get(TextField.class, s -> s.withPlaceholder("Out of scope for today…")), "Multi-region");
            _click(_get(Button.class, s -> s.withText("Add to parking lot")));
            return null;
        });

        awaitPush(() -> assertThat(lines("parking-lot")).containsExactly("Multi-region — Bob Attendee"));
        onBobsScreen(() -> {
            awaitPush(() -> assertThat(lines("risks")).containsExactly("Cache stampede on deploy — Alice Attendee"));
            return null;
        });
    }

    @Test
    void the_moderators_clock_actions_reach_attendees_and_presence_shows_who_is_here() throws Exception {
        openRoomAs("alice");
        onBobsScreen(() -> {
            openRoomAs("mia");
            _click(_get(Button.class, s -> s.withText("Pause")));
            return null;
        });

        awaitPush(() -> assertThat(text(_get(Span.class, s -> s.withClasses("current-item")))).isEqualTo("Paused: Problem"));
        awaitPush(() -> assertThat(_get(com.vaadin.flow.component.avatar.AvatarGroup.class).getItems())
                .extracting(com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem::getName)
                .containsExactlyInAnyOrder("Alice Attendee", "Mia Moderator"));
        assertThat(_find(Button.class, s -> s.withText("Resume"))).isEmpty();
    }

    @Test
    void a_next_clicked_before_the_other_tabs_next_reached_the_browser_is_refused_not_applied_to_the_next_item() throws Exception {
        openRoomAs("mia");
        var next = _get(Button.class, s -> s.withText("Next item"));
        String drawn = next.getElement().getAttribute("data-clock-version");
        assertThat(drawn).isEqualTo(Long.toString(AsUser.call("mia", () -> meetings.room(review)).clockVersion()));

        // The other tab moves on; its push reaches this screen's server copy before the click does.
        onBobsScreen(() -> {
            openRoomAs("mia");
            _click(_get(Button.class, s -> s.withText("Next item")));
            return null;
        });
        awaitPush(() -> assertThat(text(_get(Span.class, s -> s.withClasses("current-item")))).endsWith("Proposal"));
        var click = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put(ModeratorControls.SEEN_VERSION, drawn);
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(next, "click", click);

        assertThat(AsUser.call("mia", () -> meetings.room(review)).currentItem()).as("moved once, not twice").isEqualTo(1);
        assertThat(_get(Span.class, s -> s.withClasses("current-item")).getText()).endsWith("Proposal");
    }

    @Test
    void the_author_edits_their_item_from_the_list_and_removes_it_while_others_items_stay_fixed_for_them() throws Exception {
        openRoomAs("alice");
        addRisk("Cache stampede");
        onBobsScreen(() -> {
            openRoomAs("bob");
            _setValue(_get(TextField.class, s -> s.withPlaceholder("A risk someone raised…")), "Bob's risk");
            _click(_get(Button.class, s -> s.withText("Add risk")));
            return null;
        });
        awaitPush(() -> assertThat(lines("risks")).hasSize(2));

        var mine = editable("risks").getFirst();
        assertThat(text(mine)).isEqualTo("Cache stampede — Alice Attendee");
        assertThat(mine.getElement().getAttribute("data-meta")).isEqualTo("likelihood medium, impact medium, no owner yet");
        assertThat(button(mine).getAttribute("data-item")).isNotBlank();
        clickItem(mine);
        _setValue(_get(TextField.class, s -> s.withLabel("Text")), "Cache stampede on deploy");
        _click(_get(Button.class, s -> s.withText("Save")));
        assertThat(lines("risks")).containsExactly("Cache stampede on deploy — Alice Attendee", "Bob's risk — Bob Attendee");

        // Enter on the item's native button is a click in the browser (AccessibilityBrowserIT presses it).
        clickItem(editable("risks").getFirst());
        _click(_get(Button.class, s -> s.withText("Remove")));
        assertThat(lines("risks")).containsExactly("Bob's risk — Bob Attendee");
        assertThat(editable("risks")).as("bob's item is not alice's to change").isEmpty();
        UUID bobsRisk = AsUser.call("bob", () -> meetings.room(review)).risks().getFirst().id();
        var forged = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put(CaptureList.ON_ITEM, true).put(CaptureList.ITEM, bobsRisk.toString());
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(_get(UnorderedList.class, s -> s.withClasses("risks")), "click", forged);
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class)).as("a forged click on bob's item opens nothing").isEmpty();
        assertThat(button(_get(ListItem.class, s -> s.withText("Bob's risk — Bob Attendee")))).as("not a button for alice").isNull();
        onBobsScreen(() -> {
            awaitPush(() -> assertThat(lines("risks")).containsExactly("Bob's risk — Bob Attendee"));
            return null;
        });
    }

    @Test
    void moving_from_a_room_one_moderates_to_a_room_one_attends_leaves_no_controls_behind_and_captures_go_to_the_new_room() {
        UUID other = AsUser.call("alice", () -> reviews.open(new NewReview("Other room",
                dev.verdict.TestDocs.READY, Set.of("mia", "bob"), Set.of(), 20)));
        AsUser.run("alice", () -> meetings.start(other));
        openRoomAs("mia");
        assertThat(_find(Button.class, s -> s.withText("Pause"))).hasSize(1);

        UI.getCurrent().navigate("reviews/" + other);

        assertThat(_find(Button.class, s -> s.withText("Pause"))).isEmpty();
        addRisk("Only in the other room");
        assertThat(lines("risks")).containsExactly("Only in the other room — Mia Moderator");
        assertThat(AsUser.call("alice", () -> meetings.room(other)).risks()).extracting(dev.verdict.meeting.RoomState.Captured::text)
                .containsExactly("Only in the other room");
        assertThat(AsUser.call("mia", () -> meetings.room(review)).risks()).isEmpty();
    }

    @Test
    void a_risks_details_appear_once_someone_starts_writing_one_and_reach_the_list_and_the_matrix() {
        openRoomAs("alice");
        assertThat(_find(Select.class, s -> s.withLabel("Likelihood"))).as("nothing built on a screen that only watches").isEmpty();

        var risk = _get(TextField.class, s -> s.withPlaceholder("A risk someone raised…"));
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._focus(risk);
        _setValue(_get(Select.class, s -> s.withLabel("Likelihood")), Level.HIGH);
        _setValue(_get(Select.class, s -> s.withLabel("Impact")), Level.HIGH);
        _setValue(_get(TextField.class, s -> s.withLabel("Mitigation")), "Warm the cache before the switch");
        _setValue(risk, "Cold cache after deploy");
        _click(_get(Button.class, s -> s.withText("Add risk")));

        assertThat(lines("risks")).containsExactly("Cold cache after deploy — Alice Attendee");
        assertThat(items("risks").getFirst().getElement().getAttribute("data-meta"))
                .isEqualTo("likelihood high, impact high, no owner yet, mitigation: Warm the cache before the switch");
        assertThat(text(_get(com.vaadin.flow.component.html.Div.class, s -> s.withAttribute("data-cell", "HIGH-HIGH")))).isEqualTo("1");
        assertThat(risk.getValue()).isEmpty();
        assertThat(_get(TextField.class, s -> s.withLabel("Mitigation")).getValue()).isEmpty();
    }

    @Test
    void alt_p_switches_the_capture_bar_to_the_parking_lot_and_alt_r_back_to_risks_with_their_fields() {
        openRoomAs("alice");
        var ui = UI.getCurrent();
        var filter = ui.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .getExpressions("keydown").stream().filter(e -> e.contains("includes(event.code)")).findFirst().orElseThrow();

        pressAlt(ui, filter, "KeyP");
        assertThat(_get(Select.class, s -> s.withLabel("Capture")).getValue()).isEqualTo(CaptureKind.PARKED);
        assertThat(_get(Button.class, s -> s.withText("Add to parking lot"))).isNotNull();
        assertThat(_find(Select.class, s -> s.withLabel("Likelihood"))).isEmpty();

        pressAlt(ui, filter, "KeyR");
        assertThat(_get(Button.class, s -> s.withText("Add risk"))).isNotNull();
        assertThat(_get(Select.class, s -> s.withLabel("Likelihood")).getValue()).isEqualTo(Level.MEDIUM);
    }

    private static void pressAlt(UI ui, String filter, String code) {
        var data = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put(filter, true).put("event.code", code);
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(ui, "keydown", data);
    }

    @Test
    void an_action_needs_its_owner_and_due_date_and_keeps_what_was_typed_until_it_has_them() {
        openRoomAs("alice");
        _setValue(_get(Select.class, s -> s.withLabel("Capture")), CaptureKind.ACTION);
        var action = _get(TextField.class, s -> s.withPlaceholder("Something someone will do…"));
        _setValue(action, "Benchmark the cache");
        _click(_get(Button.class, s -> s.withText("Add action")));

        assertThat(lines("actions")).isEmpty();
        assertThat(action.getValue()).isEqualTo("Benchmark the cache");

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<dev.verdict.identity.Person> owner =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, s -> s.withLabel("Owner"));
        _setValue(owner, owner.getListDataView().getItems().filter(p -> p.username().equals("bob")).findFirst().orElseThrow());
        var due = java.time.LocalDate.now().plusDays(7);
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withLabel("Due")), due);
        _click(_get(Button.class, s -> s.withText("Add action")));

        assertThat(lines("actions")).containsExactly("Benchmark the cache — Alice Attendee");
        assertThat(_get(UnorderedList.class, s -> s.withClasses("actions")).getChildren().findFirst().orElseThrow()
                .getElement().getAttribute("data-meta")).isEqualTo("owner Bob Attendee, due " + due);
        assertThat(action.getValue()).isEmpty();
        assertThat(_get(Select.class, s -> s.withLabel("Capture")).getValue()).as("the kind stays for the next one").isEqualTo(CaptureKind.ACTION);
    }

    @Test
    void the_room_links_to_its_own_pre_read() {
        openRoomAs("alice");

        var link = _get(Anchor.class, s -> s.withText("Pre-read"));

        assertThat(link.getHref()).isEqualTo("reviews/" + review + "/read");
        assertThat(link.getElement().hasAttribute("router-link")).as("followed in the page, without a reload").isTrue();
    }

    @Test
    void an_observer_has_no_controls_and_no_capture_forms() {
        openRoomAs("olga");

        for (String control : List.of("Pause", "Next item", "+1 min", "+5 min", "Back", "Skip", "End meeting",
                "Close with decision", "Add risk")) {
            assertThat(_find(Button.class, s -> s.withText(control))).as(control).isEmpty();
        }
        assertThat(_find(Select.class, s -> s.withLabel("Capture"))).isEmpty();
        assertThat(_find(TextField.class)).isEmpty();
        assertThat(text(_get(Span.class, s -> s.withClasses("current-item")))).isEqualTo("Now: Problem");
    }

    @Test
    void the_room_display_link_opens_a_read_only_big_clock_until_revoked() throws Exception {
        openRoomAs("mia");
        _click(_get(Button.class, s -> s.withText("Room display")));
        _click(_get(Button.class, s -> s.withText("Create link")));
        String href = _get(Anchor.class, s -> s.withClasses("display-link")).getHref();
        assertThat(href).startsWith("display/");

        onBobsScreen(() -> {
            // Someone logged in who is not in the review: the link alone is the credential.
            loginAs("admin");
            UI.getCurrent().navigate(href);
            assertThat(text(_get(Span.class, s -> s.withClasses("current-item")))).isEqualTo("Problem");
            assertThat(text(_get(Span.class, s -> s.withClasses("countdown")))).matches("\\d+:\\d\\d");
            assertThat(_find(Button.class)).isEmpty();
            return null;
        });

        _click(_get(Button.class, s -> s.withText("Revoke link")));
        onBobsScreen(() -> {
            awaitPush(() -> assertThat(_get(Span.class, s -> s.withClasses("display-gone")).isVisible()).isTrue());
            return null;
        });
    }

    private void openRoomAs(String user) {
        loginAs(user);
        UI.getCurrent().navigate("reviews/" + review);
    }

    private void addRisk(String text) {
        _setValue(_get(TextField.class, s -> s.withPlaceholder("A risk someone raised…")), text);
        _click(_get(Button.class, s -> s.withText("Add risk")));
    }

    /** What the browser sends when someone clicks an item: the list hears it and is told which item. */
    private static void clickItem(ListItem item) {
        var data = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put(CaptureList.ON_ITEM, true)
                .put(CaptureList.ITEM, button(item).getAttribute("data-item"));
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(item.getParent().orElseThrow(), "click", data);
    }

    /** The button an item the viewer may change holds; null on others' items. */
    private static com.vaadin.flow.dom.Element button(ListItem item) {
        return item.getElement().getChildren().filter(e -> !e.isTextNode() && "button".equals(e.getTag())).findFirst().orElse(null);
    }

    private <T> T onBobsScreen(Callable<T> work) throws Exception {
        return bobsThread.submit(work).get();
    }

    private static void awaitPush(Runnable assertion) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertion.run();
        });
    }

    private static List<String> lines(String listClass) {
        return items(listClass).stream().map(TwoScreensIT::text).toList();
    }

    private static List<ListItem> items(String listClass) {
        return _find(_get(UnorderedList.class, s -> s.withClasses(listClass)), ListItem.class);
    }

    /** The items the viewer may change: each holds a button that names the item. */
    private static List<ListItem> editable(String listClass) {
        return items(listClass).stream().filter(li -> button(li) != null && button(li).hasAttribute("data-item")).toList();
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
