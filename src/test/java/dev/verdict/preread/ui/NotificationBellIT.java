package dev.verdict.preread.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.preread.PreReadService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ScheduledStart;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationBellIT extends KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preReads;

    @Test
    void same_titled_invitations_say_which_review_and_when_in_full() {
        String title = "Bell " + UUID.randomUUID().toString().substring(0, 8)
                + ": a rather long review title that used to be cut off halfway through in the bell's list";
        for (ScheduledStart start : new ScheduledStart[] {
                new ScheduledStart(LocalDateTime.of(2031, 3, 4, 10, 0), ZoneId.of("Europe/Berlin")),
                new ScheduledStart(LocalDateTime.of(2031, 3, 11, 10, 0), ZoneId.of("Europe/Berlin")),
                null}) {
            UUID id = AsUser.call("mia", () -> reviews.open(new NewReview(title, TestDocs.READY, null, null, null,
                    Set.of(), Set.of("olga"), 30, start)));
            AsUser.run("mia", () -> preReads.open(id));
        }

        loginAs("olga");
        UI.getCurrent().navigate("");
        _click(_get(Button.class, s -> s.withClasses("notification-bell")));

        var entries = _find(Button.class, s -> s.withClasses("notification")).stream()
                .map(b -> b.getElement().getTextRecursively())
                .filter(text -> text.contains(title))
                .toList();
        assertThat(entries).hasSize(3).doesNotHaveDuplicates();
        assertThat(entries).anySatisfy(t -> assertThat(t).startsWith("Mia Moderator invites you to pre-read “" + title
                + "” before the meeting on 4 Mar 2031, 10:00 (Europe/Berlin)"));
        assertThat(entries).anySatisfy(t -> assertThat(t).startsWith("Mia Moderator invites you to pre-read “" + title
                + "” before the meeting on 11 Mar 2031, 10:00 (Europe/Berlin)"));
        assertThat(entries).anySatisfy(t -> assertThat(t).startsWith("Mia Moderator invites you to pre-read “" + title
                + "” (no meeting date yet)"));
        assertThat(entries).allSatisfy(t -> assertThat(t).matches("(?s).*\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}$"));
    }
}
