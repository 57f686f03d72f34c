package dev.verdict.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.identity.Person;
import dev.verdict.preread.PreReadService;
import dev.verdict.review.InvalidReviewException;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The new-review form's rules as a moderator meets them: role combinations, the default start. */
class NewReviewFormRulesIT extends KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preReads;

    @Test
    @SuppressWarnings("unchecked")
    void an_observer_who_also_decides_is_refused_as_it_is_picked_not_only_on_create() {
        loginAs("mia");
        UI.getCurrent().navigate("new");

        _setValue(_get(ComboBox.class, s -> s.withLabel("Decision maker")), person("olga"));
        assertThat(conflicts()).isEmpty();
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Observers")), Set.of(person("olga")));

        assertThat(conflicts()).isEqualTo("Olga Observer is picked as observer and as decision maker:"
                + " an observer only reads along and takes no part, so pick one");

        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Observers")), Set.of());
        assertThat(conflicts()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_moderator_who_also_decides_is_allowed_with_a_hint_and_holds_both_roles() {
        loginAs("mia");
        UI.getCurrent().navigate("new");
        _setValue(_get(TextArea.class, s -> s.withLabel("Design doc (Markdown)")), TestDocs.READY);
        _setValue(_get(TextField.class, s -> s.withLabel("Title")), "Small team review");

        _setValue(_get(ComboBox.class, s -> s.withLabel("Decision maker")), person("mia"));
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Attendees")), Set.of(person("mia"), person("alice")));

        assertThat(conflicts()).isEmpty();
        assertThat(hints()).isEqualTo("You moderate and decide: that works in a small team,"
                + " but a separate moderator leaves the decider free to listen.");

        _click(_get(Button.class, s -> s.withText("Create review")));

        UUID id = UUID.fromString(UI.getCurrent().getInternals().getActiveViewLocation().getPath().replace("reviews/", ""));
        ReviewDetails review = AsUser.call("mia", () -> reviews.details(id));
        assertThat(review.members().stream().collect(Collectors.toMap(m -> m.person().username(), ReviewDetails.Member::roles)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "mia", EnumSet.of(ReviewRole.MODERATOR, ReviewRole.DECISION_MAKER),
                        "alice", EnumSet.of(ReviewRole.ATTENDEE)));
        assertThat(review.decisionMaker().orElseThrow().username()).isEqualTo("mia");
        assertThat(AsUser.call("mia", () -> reviews.roleOfCaller(id))).isEqualTo(ReviewRole.MODERATOR);
        AsUser.run("mia", () -> reviews.require(id, ReviewRole.DECISION_MAKER));
    }

    @Test
    void the_author_who_decides_is_allowed_and_the_service_itself_refuses_an_observing_author() {
        UUID id = AsUser.call("mia", () -> reviews.open(new NewReview("Author decides", TestDocs.READY, null, "bob", "bob",
                Set.of(), Set.of(), 30, null)));
        assertThat(AsUser.call("bob", () -> reviews.details(id)).members().stream()
                .filter(m -> m.person().username().equals("bob")).findFirst().orElseThrow().rolesLabel())
                .isEqualTo("Author, Decision maker");
        assertThat(AsUser.call("mia", () -> reviews.checkRoles("bob", "bob", Set.of(), Set.of()).hints()))
                .containsExactly("Bob Attendee wrote the doc and decides on it: a decision maker who did not write it"
                        + " hears the objections with fresh eyes.");

        assertThatThrownBy(() -> AsUser.call("mia", () -> reviews.open(new NewReview("Observing author", TestDocs.READY, null,
                "olga", null, Set.of(), Set.of("olga"), 30, null))))
                .isInstanceOf(InvalidReviewException.class)
                .hasMessage("Olga Observer is picked as observer and as author: an observer only reads along and takes no part, so pick one");
        assertThatThrownBy(() -> AsUser.call("mia", () -> reviews.open(new NewReview("Observing moderator", TestDocs.READY,
                Set.of(), Set.of("mia"), 30))))
                .isInstanceOf(InvalidReviewException.class)
                .hasMessageStartingWith("Mia Moderator is picked as observer and as moderator");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_default_start_is_the_first_working_morning_a_day_away_and_never_raises_the_lead_time_warning() {
        loginAs("mia");
        UI.getCurrent().navigate("new");
        String zone = (String) _get(ComboBox.class, s -> s.withLabel("Time zone")).getValue();
        LocalDateTime proposed = _get(DateTimePicker.class, s -> s.withLabel("Scheduled start")).getValue();

        LocalDateTime now = LocalDateTime.now(ZoneId.of(zone));
        assertThat(proposed.toLocalTime()).hasToString("10:00");
        assertThat(proposed.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(Duration.between(now, proposed)).isGreaterThanOrEqualTo(Duration.ofHours(24));
        // the first such morning: no working-day 10:00 between a day from now and the proposal
        for (LocalDateTime earlier = proposed.minusDays(1); earlier.isAfter(now.plusHours(24)); earlier = earlier.minusDays(1)) {
            assertThat(earlier.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }

        _setValue(_get(TextArea.class, s -> s.withLabel("Design doc (Markdown)")), TestDocs.READY);
        _setValue(_get(TextField.class, s -> s.withLabel("Title")), "Default start");
        _click(_get(Button.class, s -> s.withText("Create review")));
        UUID id = UUID.fromString(UI.getCurrent().getInternals().getActiveViewLocation().getPath().replace("reviews/", ""));
        AsUser.run("mia", () -> preReads.open(id));

        assertThat(AsUser.call("mia", () -> preReads.status(id)).leadTimeWarning()).isNull();
    }

    private Person person(String username) {
        return reviews.people().stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow();
    }

    private static String conflicts() {
        return _find(Div.class, s -> s.withClasses("role-conflicts")).stream().map(d -> d.getElement().getTextRecursively())
                .findFirst().orElse("");
    }

    private static String hints() {
        return _find(Div.class, s -> s.withClasses("role-hints")).stream().map(d -> d.getElement().getTextRecursively())
                .findFirst().orElse("");
    }
}
