package dev.verdict.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.AgendaItemDraft;
import dev.verdict.review.InvalidReviewException;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewService;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An agenda over its timebox starts only when the moderator confirms the overrun, and the record keeps it. */
class StartOverTimeboxIT extends KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;

    UUID review;

    @BeforeEach
    void anAgendaTenMinutesOverItsTimebox() {
        review = AsUser.call("mia", () -> reviews.open(new NewReview("Over the timebox", TestDocs.READY, Set.of("alice"), Set.of(), 30)));
        AsUser.run("mia", () -> {
            var items = new ArrayList<AgendaItemDraft>();
            reviews.details(review).agenda().forEach(i -> items.add(new AgendaItemDraft(i.title(), i.plannedMinutes(), i.sectionMarkdown())));
            AgendaItemDraft first = items.getFirst();
            items.set(0, new AgendaItemDraft(first.title(), first.minutes() + 10, first.sectionMarkdown()));
            reviews.replanAgenda(review, items);
        });
    }

    @Test
    void start_asks_the_moderator_to_confirm_the_overrun_and_the_summary_data_records_who_did() {
        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review);

        _click(_get(Button.class, s -> s.withText("Start meeting")));
        ConfirmDialog asked = _get(ConfirmDialog.class);
        assertThat(_getText(asked)).isEqualTo("The agenda is planned 10 min over the timebox. Start anyway? The summary will record the overrun.");
        _fireCancel(asked);
        assertThat(AsUser.call("mia", () -> meetings.room(review)).status().name()).isEqualTo("NOT_STARTED");

        _click(_get(Button.class, s -> s.withText("Start meeting")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(_get(Span.class, s -> s.withClasses("current-item")).getText()).startsWith("Now: ").endsWith("Problem");
        ReviewDetails.ConfirmedOverrun recorded = AsUser.call("mia", () -> reviews.details(review)).confirmedOverrun();
        assertThat(recorded.minutes()).isEqualTo(10);
        assertThat(recorded.by().displayName()).isEqualTo("Mia Moderator");
    }

    @Test
    void the_service_refuses_a_start_over_the_timebox_that_was_not_confirmed_or_confirmed_for_another_overrun() {
        assertThat(AsUser.call("mia", () -> meetings.agendaOverrun(review))).isEqualTo(10);

        assertThatThrownBy(() -> AsUser.run("mia", () -> meetings.start(review)))
                .isInstanceOf(InvalidReviewException.class)
                .hasMessage("The agenda is 10 min over the 30-minute timebox: confirm the overrun to start");
        assertThatThrownBy(() -> AsUser.run("mia", () -> meetings.start(review, -1, 5)))
                .isInstanceOf(InvalidReviewException.class);
        assertThat(AsUser.call("mia", () -> reviews.details(review)).agendaLocked()).isFalse();
    }

    @Test
    void an_agenda_that_fits_starts_without_a_question_and_records_no_overrun() {
        UUID fitting = AsUser.call("mia", () -> reviews.open(new NewReview("Fits", TestDocs.READY, Set.of(), Set.of(), 30)));
        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + fitting);

        _click(_get(Button.class, s -> s.withText("Start meeting")));

        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(AsUser.call("mia", () -> reviews.details(fitting)).confirmedOverrun()).isNull();
    }
}
