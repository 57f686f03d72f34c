package dev.verdict.decision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.IncompleteDecisionException;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewOverview;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ReviewStatus;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tags on the decision form: picked from the tags of decisions the moderator may see, or typed
 * (normalised, and refused when they cannot be a tag); recorded with the decision and shown and
 * filtered on the History page.
 */
class DecisionTagsIT extends KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;

    @Test
    @SuppressWarnings("unchecked")
    void the_moderator_picks_a_known_tag_adds_a_new_one_and_history_filters_by_them() {
        String x = UUID.randomUUID().toString().substring(0, 8);
        UUID earlier = started("mia", "alice");
        close("mia", earlier, "known-" + x);
        UUID elsewhere = started("alice", "bob");
        close("alice", elsewhere, "hidden-" + x);
        UUID review = started("mia", "alice");

        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review + "/decision");
        MultiSelectComboBox<String> tags = _get(MultiSelectComboBox.class, s -> s.withLabel("Tags"));
        assertThat(tags.getListDataView().getItems().toList()).as("only tags of reviews mia is in")
                .contains("known-" + x).doesNotContain("hidden-" + x);
        _setValue(tags, Set.of("known-" + x));
        typeTag(tags, "  Data Retention " + x);
        assertThat(tags.getValue()).containsExactlyInAnyOrder("known-" + x, "data-retention-" + x);
        typeTag(tags, "<b>bold</b>");
        assertThat(tags.isInvalid()).isTrue();
        assertThat(tags.getErrorMessage()).isEqualTo("The tag “<b>bold</b>” may hold only letters a–z, digits and single hyphens between them");
        assertThat(tags.getValue()).hasSize(2);

        _setValue(_get(Select.class, s -> s.withLabel("Outcome")), Outcome.APPROVED);
        _setValue(_get(TextArea.class, s -> s.withLabel("Decision statement")), "Keep a year of events");
        _setValue(_get(TextArea.class, s -> s.withLabel("Rationale")), "Audits ask for a year");
        _setValue(_get(TextField.class, s -> s.withLabel("Alternative")), "Keep forever");
        _setValue(_get(TextField.class, s -> s.withLabel("Why not chosen")), "Storage grows without end");
        com.vaadin.flow.component.combobox.ComboBox<dev.verdict.identity.Person> maker =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, s -> s.withLabel("Decision maker"));
        _setValue(maker, maker.getListDataView().getItems().filter(p -> p.username().equals("alice")).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withText("Close meeting and publish")));

        assertThat(AsUser.call("mia", () -> decisions.decision(review)).orElseThrow().tags())
                .containsExactly("data-retention-" + x, "known-" + x);
        await().atMost(Duration.ofSeconds(30)).until(() -> AsUser.call("mia", () -> reviews.history()).stream()
                .anyMatch(r -> r.id().equals(review) && r.status() == ReviewStatus.PUBLISHED));

        UI.getCurrent().navigate("history");
        Grid<ReviewOverview> grid = _get(Grid.class);
        assertThat(cell(grid, review, "tags")).isEqualTo("data-retention-" + x + ", known-" + x);
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Tags")), Set.of("known-" + x));
        assertThat(shown(grid)).containsExactlyInAnyOrder(earlier, review);
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Tags")), Set.of("data-retention-" + x));
        assertThat(shown(grid)).containsExactly(review);
    }

    @Test
    void closing_with_a_malformed_or_eleventh_tag_is_refused_with_each_problem_named() {
        UUID review = started("mia", "alice");
        var request = CloseMeeting.of(Outcome.APPROVED, "Keep a year", "Audits", "alice", new AlternativeConsidered("Forever", "Costly"));
        List<String> eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> "t" + i).toList();

        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(IncompleteDecisionException.class,
                () -> AsUser.run("mia", () -> decisions.close(review, request.withTags(
                        java.util.stream.Stream.concat(eleven.stream(), java.util.stream.Stream.of("c++")).toList()))));

        assertThat(refused.missing()).containsExactly("Keep to 10 tags (there are 12)",
                "The tag “c++” may hold only letters a–z, digits and single hyphens between them");
        assertThat(AsUser.call("mia", () -> decisions.decision(review))).isEmpty();
    }

    private void typeTag(MultiSelectComboBox<String> tags, String typed) {
        ComponentUtil.fireEvent(tags, new ComboBoxBase.CustomValueSetEvent<>(tags, true, typed));
    }

    private UUID started(String moderator, String attendee) {
        UUID id = AsUser.call(moderator, () -> reviews.open(new NewReview("Tags " + UUID.randomUUID(), TestDocs.READY,
                Set.of(attendee), Set.of(), 30)));
        AsUser.run(moderator, () -> meetings.start(id));
        return id;
    }

    private void close(String moderator, UUID review, String tag) {
        AsUser.run(moderator, () -> decisions.close(review, CloseMeeting.of(Outcome.APPROVED, "Go", "Because",
                moderator, new AlternativeConsidered("Stay", "Slow")).withTags(List.of(tag))));
    }

    private static String cell(Grid<ReviewOverview> grid, UUID review, String column) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).id().equals(review))
                .mapToObj(i -> GridKt._getFormatted(grid, i, column)).findFirst().orElseThrow();
    }

    private static List<UUID> shown(Grid<ReviewOverview> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).id()).toList();
    }
}
