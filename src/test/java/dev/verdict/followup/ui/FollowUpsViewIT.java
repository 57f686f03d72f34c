package dev.verdict.followup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.meeting.CaptureDetails;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** My follow-ups as its users click through it: an owner sees their own items, a moderator every item of their reviews. */
class FollowUpsViewIT extends KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;

    @Test
    void an_owner_sees_only_their_items_overdue_first_and_a_moderator_marks_anyones_done() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("Cache tier " + tag, TestDocs.READY,
                Set.of("alice", "bob"), Set.of(), 30)));
        AsUser.run("mia", () -> meetings.start(review));
        capture(review, "Size the cache nodes " + tag, "alice", today.plusDays(9));
        capture(review, "Write the eviction runbook " + tag, "alice", today.minusDays(1));
        capture(review, "Load-test the warm-up " + tag, "bob", today.plusDays(3));

        loginAs("alice");
        UI.getCurrent().navigate("follow-ups");
        assertThat(cards(tag)).hasSize(2);
        assertThat(cards(tag).getFirst()).contains("Overdue", "Write the eviction runbook " + tag);
        assertThat(cards(tag).getLast()).contains("Open", "Size the cache nodes " + tag);
        assertThat(String.join("\n", cards(tag))).doesNotContain("Load-test the warm-up");

        _click(_get(Button.class, b -> b.withPredicate(x -> ("Mark done: Write the eviction runbook " + tag).equals(x.getAriaLabel().orElse(null)))));
        _setValue(_get(TextArea.class, t -> t.withLabel("Note (optional)")), "In docs/runbooks/eviction.md");
        _click(_find(Button.class, b -> b.withText("Mark done")).getLast());
        assertThat(cards(tag).getLast()).contains("Done by Alice Attendee", "In docs/runbooks/eviction.md");
        assertThat(cards(tag).getFirst()).contains("Size the cache nodes " + tag);

        loginAs("mia");
        UI.getCurrent().navigate("follow-ups");
        assertThat(cards(tag)).hasSize(3);
        assertThat(cards(tag).getFirst()).contains("Bob", "Load-test the warm-up " + tag);
        _click(_get(Button.class, b -> b.withPredicate(x -> ("Mark done: Load-test the warm-up " + tag).equals(x.getAriaLabel().orElse(null)))));
        _click(_find(Button.class, b -> b.withText("Mark done")).getLast());
        assertThat(cards(tag).stream().filter(c -> c.contains("Load-test the warm-up")).findFirst().orElseThrow())
                .contains("Done by Mia Moderator");
    }

    private void capture(UUID review, String text, String owner, LocalDate due) {
        AsUser.run("mia", () -> meetings.capture(review, CaptureKind.ACTION, CaptureDetails.action(text, owner, due)));
    }

    /** Each follow-up card's text, top to bottom, of this test's review only. */
    private static List<String> cards(String tag) {
        return _find(Div.class, d -> d.withClasses("follow-up")).stream()
                .map(d -> d.getElement().getTextRecursively()).filter(t -> t.contains(tag)).toList();
    }
}
