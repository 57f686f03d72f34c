package dev.verdict.revisit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.decision.DecisionService;
import dev.verdict.followup.FollowUpService;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ReviewSummary;
import dev.verdict.revisit.DecidedReviews;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A moderator opens the next review as a follow-up; its pre-read and room show the previous decision and open items. */
class CarryForwardJourneyIT extends KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    FollowUpService followUps;

    @Test
    @SuppressWarnings("unchecked")
    void the_next_review_shows_the_previous_decision_and_its_open_items_in_the_pre_read_and_the_room() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID earlier = DecidedReviews.decidedReview(tag, reviews, meetings, decisions, followUps);

        loginAs("mia");
        UI.getCurrent().navigate("new");
        _setValue(_get(TextField.class, s -> s.withLabel("Title")), "Price cache, six months on " + tag);
        _setValue(_get(TextArea.class, s -> s.withLabel("Design doc (Markdown)")), TestDocs.READY);
        ComboBox<ReviewSummary> followsUp = _get(ComboBox.class, s -> s.withLabel("Follows up on"));
        ReviewSummary previous = followsUp.getListDataView().getItems().filter(r -> r.id().equals(earlier)).findFirst().orElseThrow();
        _setValue(followsUp, previous);
        _click(_get(Button.class, s -> s.withText("Create review")));
        UUID next = AsUser.call("mia", () -> reviews.mine()).stream()
                .filter(r -> r.title().equals("Price cache, six months on " + tag)).findFirst().orElseThrow().id();
        AsUser.run("mia", () -> reviews.addMember(next, "bob", ReviewRole.ATTENDEE));

        String room = panelText();
        assertThat(room).contains("Previous review: Price cache " + tag, "Approved", "Cache prices for five minutes " + tag,
                "Measure the hit rate " + tag, "Alice Attendee").doesNotContain("Write the runbook");
        assertThat(_get(Div.class, s -> s.withClasses("previous-review")).getChildren()
                .flatMap(c -> c.getChildren()).filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
                .as("mia was in it: a link to its publication").containsExactly("reviews/" + earlier + "/publication");

        loginAs("bob");
        UI.getCurrent().navigate("reviews/" + next + "/read");
        assertThat(panelText()).contains("Cache prices for five minutes " + tag, "Measure the hit rate " + tag);
        assertThat(_find(Anchor.class, s -> s.withText("Price cache " + tag))).as("bob was not in it: no link").isEmpty();
    }

    private static String panelText() {
        return _get(Div.class, s -> s.withClasses("previous-review")).getElement().getTextRecursively();
    }
}
