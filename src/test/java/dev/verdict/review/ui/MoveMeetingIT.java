package dev.verdict.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ScheduledStart;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The moderator moves the meeting from the agenda page, before it starts. */
class MoveMeetingIT extends KaribuTest {

    @Autowired
    ReviewService reviews;

    @Test
    void the_moderator_moves_the_meeting_and_the_page_shows_the_new_time() {
        var start = new ScheduledStart(LocalDateTime.now().plusDays(12).withHour(10).withMinute(0).withSecond(0).withNano(0),
                ZoneId.of("Europe/Berlin"));
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("Move " + UUID.randomUUID(), TestDocs.READY,
                null, null, null, Set.of("alice"), Set.of(), 30, start)));

        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review + "/agenda");
        LocalDateTime later = start.localTime().plusDays(2).withHour(14);
        _get(DateTimePicker.class, s -> s.withLabel("New start")).setValue(later);
        _get(ComboBox.class, s -> s.withLabel("Time zone")).setValue("Asia/Tokyo");
        _click(_get(Button.class, s -> s.withClasses("move-meeting")));

        var moved = new ScheduledStart(later, ZoneId.of("Asia/Tokyo"));
        assertThat(_get(Span.class, s -> s.withClasses("scheduled-start")).getText()).startsWith("Scheduled: " + moved.label());
        assertThat(AsUser.call("alice", () -> reviews.details(review)).scheduledStart()).isEqualTo(moved);
        assertThat(AsUser.call("alice", () -> reviews.scheduleSequence(review))).isEqualTo(1);
    }
}
