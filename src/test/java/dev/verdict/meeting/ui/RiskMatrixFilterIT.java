package dev.verdict.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.meeting.CaptureDetails;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.Level;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

/** Picking a cell of the risk matrix shows only that cell's risks, on the picker's screen alone. */
class RiskMatrixFilterIT extends KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;

    UUID review;

    @BeforeEach
    void aRoomWithRisksInThreeCells() {
        review = AsUser.call("mia", () -> reviews.open(new NewReview("Matrix",
                dev.verdict.TestDocs.READY, Set.of("alice", "bob"), Set.of(), 20)));
        AsUser.run("mia", () -> meetings.start(review));
        risk("alice", "Cold cache", Level.HIGH, Level.HIGH);
        risk("bob", "Split brain", Level.HIGH, Level.HIGH);
        risk("bob", "Slow rollout", Level.LOW, Level.MEDIUM);
        risk("alice", "Typo in docs", Level.MEDIUM, Level.LOW);
    }

    @Test
    void clicking_a_cell_shows_only_its_risks_and_clicking_it_again_shows_all() {
        openRoomAs("alice");
        assertThat(risks()).hasSize(4);

        pick("HIGH-HIGH");
        assertThat(risks()).containsExactly("Cold cache — Alice Attendee", "Split brain — Bob Attendee");
        assertThat(_get(Span.class, s -> s.withClasses("risk-filter")).getText())
                .isEqualTo("Showing 2 of 4 risks: impact high, likelihood high");
        assertThat(cell("HIGH-HIGH").getElement().getAttribute("aria-pressed")).isEqualTo("true");

        pick("MEDIUM-LOW");
        assertThat(risks()).containsExactly("Typo in docs — Alice Attendee");
        assertThat(cell("HIGH-HIGH").getElement().getAttribute("aria-pressed")).isEqualTo("false");

        pick("MEDIUM-LOW");
        assertThat(risks()).hasSize(4);
        assertThat(_get(Span.class, s -> s.withClasses("risk-filter")).getText()).isEmpty();
        assertThat(_find(Button.class, s -> s.withText("Show all risks"))).as("nothing to lift").isEmpty();
    }

    @Test
    void a_filter_keeps_showing_new_risks_of_its_cell_and_show_all_lifts_it() {
        openRoomAs("alice");
        pick("LOW-MEDIUM");
        assertThat(risks()).containsExactly("Slow rollout — Bob Attendee");

        risk("bob", "Flaky test", Level.LOW, Level.MEDIUM);
        risk("bob", "Outage", Level.HIGH, Level.HIGH);
        refreshFromPush();
        assertThat(risks()).containsExactly("Slow rollout — Bob Attendee", "Flaky test — Bob Attendee");
        assertThat(cell("HIGH-HIGH").getText()).as("the matrix still counts every risk").isEqualTo("3");

        _click(_get(Button.class, s -> s.withText("Show all risks")));
        assertThat(risks()).hasSize(6);
    }

    @Test
    void enter_on_a_cell_picks_it_and_a_forged_cell_picks_nothing() {
        openRoomAs("bob");
        var matrix = _get(Div.class, s -> s.withClasses("risk-matrix"));
        var keyFilter = matrix.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .getExpressions("keydown").stream().filter(e -> e.contains("Enter")).findFirst().orElseThrow();
        BasicUtilsKt._fireDomEvent(matrix, "keydown", JsonNodeFactory.instance.objectNode()
                .put(keyFilter, true).put(RiskMatrix.CELL, "LOW-MEDIUM"));
        assertThat(risks()).containsExactly("Slow rollout — Bob Attendee");

        pick("SEVERE-HIGH");
        assertThat(risks()).as("an unknown cell lifts the filter, it never hides every risk").hasSize(4);
    }

    private void pick(String cell) {
        BasicUtilsKt._fireDomEvent(_get(Div.class, s -> s.withClasses("risk-matrix")), "click",
                JsonNodeFactory.instance.objectNode().put(RiskMatrix.ON_CELL, true).put(RiskMatrix.CELL, cell));
    }

    private static Div cell(String id) {
        return _get(Div.class, s -> s.withAttribute("data-cell", id));
    }

    private static List<String> risks() {
        return _get(UnorderedList.class, s -> s.withClasses("risks")).getChildren()
                .map(c -> c.getElement().getTextRecursively()).toList();
    }

    private void risk(String user, String text, Level impact, Level likelihood) {
        AsUser.run(user, () -> meetings.capture(review, CaptureKind.RISK,
                CaptureDetails.risk(text, likelihood, impact, null, null)));
    }

    private void openRoomAs(String user) {
        loginAs(user);
        UI.getCurrent().navigate("reviews/" + review);
    }

    private static void refreshFromPush() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).pollInSameThread().untilAsserted(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
            assertThat(_get(Div.class, s -> s.withAttribute("data-cell", "HIGH-HIGH")).getText()).isEqualTo("3");
        });
    }
}
