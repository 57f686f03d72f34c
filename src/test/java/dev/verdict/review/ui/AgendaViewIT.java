package dev.verdict.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.AgendaItemDraft;
import dev.verdict.review.InvalidReviewException;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewService;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class AgendaViewIT extends KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;

    UUID review;

    @BeforeEach
    void aPlannedReview() {
        review = AsUser.call("mia", () -> reviews.open(new NewReview("Agenda editing", TestDocs.READY,
                Set.of("alice"), Set.of(), 30)));
    }

    @Test
    void the_moderator_reorders_merges_splits_deletes_and_retimes_with_the_total_shown_live() {
        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review + "/agenda");
        assertThat(titles()).containsExactly("Problem", "Proposal", "Failure modes", "Rollback",
                "Alternatives and tradeoffs", "Decision & follow-ups");
        assertThat(total()).isEqualTo("Total 30 of 30 min");

        _click(_find(Button.class, s -> s.withText("Move down")).get(0));
        assertThat(titles()).startsWith("Proposal", "Problem");
        _click(_find(Button.class, s -> s.withText("Merge with next")).get(2));
        assertThat(titles()).contains("Failure modes + Rollback");
        _click(_find(Button.class, s -> s.withText("Split")).get(0));
        assertThat(titles()).startsWith("Proposal", "Proposal (continued)", "Problem");
        _click(_find(Button.class, s -> s.withText("Delete")).get(1));
        assertThat(total()).matches("Total \\d+ min: \\d+ min under the 30-minute timebox");
        _setValue(_get(IntegerField.class, s -> s.withLabel(null).withPredicate(f -> "Item 1 minutes".equals(f.getAriaLabel().orElse("")))), 40);
        assertThat(total()).matches("Total \\d+ min: \\d+ min over the 30-minute timebox");

        _click(_get(Button.class, s -> s.withText("Save agenda")));

        ReviewDetails saved = AsUser.call("alice", () -> reviews.details(review));
        assertThat(saved.agenda()).extracting(ReviewDetails.AgendaEntry::title).containsExactly(
                "Proposal", "Problem", "Failure modes + Rollback", "Alternatives and tradeoffs", "Decision & follow-ups");
        assertThat(saved.agenda().getFirst().plannedMinutes()).isEqualTo(40);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("reviews/" + review);
    }

    @Test
    void saving_an_agenda_over_its_timebox_says_by_how_much_and_that_start_will_ask() {
        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review + "/agenda");
        IntegerField first = _get(IntegerField.class, s -> s.withLabel(null).withPredicate(f -> "Item 1 minutes".equals(f.getAriaLabel().orElse(""))));
        _setValue(first, first.getValue() + 7);

        _click(_get(Button.class, s -> s.withText("Save agenda")));

        expectNotifications("Agenda saved 7 min over the 30-minute timebox: starting the meeting will ask you to confirm the overrun");
    }

    @Test
    void splitting_an_item_and_merging_it_back_restores_it_with_its_section_once() {
        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review + "/agenda");

        _click(_find(Button.class, s -> s.withText("Split")).get(1));
        assertThat(titles()).startsWith("Problem", "Proposal", "Proposal (continued)", "Failure modes");
        _click(_find(Button.class, s -> s.withText("Merge with next")).get(1));
        _click(_get(Button.class, s -> s.withText("Save agenda")));

        ReviewDetails saved = AsUser.call("mia", () -> reviews.details(review));
        assertThat(saved.agenda()).extracting(ReviewDetails.AgendaEntry::title).containsExactly("Problem", "Proposal",
                "Failure modes", "Rollback", "Alternatives and tradeoffs", "Decision & follow-ups");
        assertThat(saved.agenda().get(1).sectionMarkdown()).isEqualTo("## Proposal\n\nCache the rendered pages for five minutes.\n");
    }

    @Test
    void an_empty_title_is_refused_with_a_clear_message() {
        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review + "/agenda");
        _setValue(_find(TextField.class).getFirst(), " ");
        _click(_get(Button.class, s -> s.withText("Save agenda")));

        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("form-errors")).getElement().getTextRecursively())
                .contains("Every agenda item needs a title");
    }

    @Test
    void only_the_moderator_edits_and_only_before_the_start() {
        var items = List.of(new AgendaItemDraft("Everything", 30, ""));
        assertThatThrownBy(() -> AsUser.run("alice", () -> reviews.replanAgenda(review, items)))
                .isInstanceOf(AccessDeniedException.class);

        AsUser.run("mia", () -> meetings.start(review));

        assertThatThrownBy(() -> AsUser.run("mia", () -> reviews.replanAgenda(review, items)))
                .isInstanceOf(InvalidReviewException.class).hasMessageContaining("can no longer be edited");
    }

    private static List<String> titles() {
        return _find(TextField.class).stream().map(TextField::getValue).toList();
    }

    private static String total() {
        return _get(Span.class, s -> s.withClasses("agenda-total")).getText();
    }
}
