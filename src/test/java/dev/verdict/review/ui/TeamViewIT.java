package dev.verdict.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.identity.Person;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Team page as its moderator and as an attendee use it. */
class TeamViewIT extends KaribuTest {

    @Autowired
    ReviewService reviews;

    UUID review;

    @BeforeEach
    void aReviewWithAliceAndOlga() {
        review = AsUser.call("mia", () -> reviews.open(new NewReview("Team page " + UUID.randomUUID(), TestDocs.READY,
                Set.of("alice"), Set.of("olga"), 30)));
    }

    @Test
    void the_moderator_adds_a_late_attendee_makes_them_decision_maker_and_removes_someone() {
        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review + "/team");
        assertThat(names()).containsExactlyInAnyOrder("Mia Moderator", "Alice Attendee", "Olga Observer");

        @SuppressWarnings("unchecked")
        ComboBox<Person> person = _get(ComboBox.class, s -> s.withLabel("Person"));
        assertThat(person.getListDataView().getItems().map(Person::username)).doesNotContain("mia", "alice", "olga").contains("bob");
        person.setValue(person.getListDataView().getItems().filter(p -> p.username().equals("bob")).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withText("Add to the review")));
        assertThat(names()).contains("Bob Attendee");

        _setValue(rolesOf("Bob Attendee"), Set.of(ReviewRole.DECISION_MAKER));
        assertThat(AsUser.call("bob", () -> reviews.details(review)).decisionMaker()).map(Person::username).contains("bob");

        _click(_get(Button.class, s -> s.withPredicate(b -> "Remove Olga Observer".equals(b.getAriaLabel().orElse(null)))));
        assertThat(names()).doesNotContain("Olga Observer");
    }

    @Test
    void a_refused_role_change_says_why_and_the_page_shows_the_roles_as_they_are() {
        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review + "/team");

        _setValue(rolesOf("Olga Observer"), Set.of(ReviewRole.OBSERVER, ReviewRole.AUTHOR));

        assertThat(_get(dev.verdict.shared.ui.Messages.class).getElement().getTextRecursively())
                .contains("Olga Observer cannot observe and be author at once");
        assertThat(rolesOf("Olga Observer").getValue()).containsExactly(ReviewRole.OBSERVER);
    }

    @Test
    void an_attendee_reads_the_team_and_changes_nothing() {
        loginAs("alice");
        UI.getCurrent().navigate("reviews/" + review + "/team");

        assertThat(names()).contains("Mia Moderator", "Alice Attendee");
        assertThat(_find(CheckboxGroup.class)).isEmpty();
        assertThat(_find(Button.class, s -> s.withText("Add to the review")).stream().filter(b -> b.isVisible()
                && b.getParent().flatMap(p -> p.getParent()).map(p -> p.isVisible()).orElse(true))).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withClasses("team-state")).getText())
                .isEqualTo("Only the review's moderators change its team.");
        assertThat(_find(Span.class, s -> s.withClasses("team-roles")).stream().map(Span::getText))
                .contains("Moderator", "Attendee", "Observer");
    }

    private List<String> names() {
        return _find(Span.class, s -> s.withClasses("team-name")).stream().map(Span::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<ReviewRole> rolesOf(String name) {
        return _get(CheckboxGroup.class, s -> s.withPredicate(g -> ("Roles of " + name).equals(g.getAriaLabel().orElse(null))));
    }
}
