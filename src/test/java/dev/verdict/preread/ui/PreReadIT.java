package dev.verdict.preread.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.CommentKind;
import dev.verdict.preread.NewComment;
import dev.verdict.preread.PreReadService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ScheduledStart;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Attendees read and comment before the meeting; the moderator walks in knowing where the talk will be. */
class PreReadIT extends KaribuTest {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preRead;
    @Autowired
    MeetingService meetings;
    @Autowired
    dev.verdict.preread.NotificationService notifications;

    UUID review;

    @BeforeEach
    void aReviewStartingInTwoHours() {
        var start = new ScheduledStart(LocalDateTime.now(ZoneId.of("UTC")).plusHours(2).withSecond(0).withNano(0), ZoneId.of("UTC"));
        review = AsUser.call("mia", () -> reviews.open(new NewReview("Page cache", TestDocs.READY, null, null, null,
                Set.of("alice", "bob"), Set.of("olga"), 30, start)));
    }

    @Test
    void an_attendee_comments_and_reads_the_moderator_triages_and_another_attendee_sees_it_live() throws Exception {
        // Other tests of this run told alice many things (more than the bell's latest 20), some
        // under clocks moved hours ahead: she has seen them all, and none sorts above what comes now.
        jdbc.update("update notification set seen = true, created_at = least(created_at, current_timestamp) where username = 'alice'");
        // The moderator opens the pre-read; the meeting is too close for comfort.
        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review + "/read");
        _click(_get(Button.class, s -> s.withText("Open the pre-read")));
        assertThat(_get(Span.class, s -> s.withClasses("lead-time-warning")).getText())
                .matches("⚠ The meeting starts 1 h after the pre-read opened; people need 24 h to read the doc");

        // The attendee sees the bell count, comments on a section quoting it, and says she has read it.
        loginAs("alice");
        UI.getCurrent().navigate("");
        assertThat(_get(Span.class, s -> s.withClasses("bell-count")).getText()).isEqualTo("1");
        assertThat(_find(Button.class, s -> s.withClasses("notification"))).as("the list is read when the bell is clicked").isEmpty();
        _click(_get(Button.class, s -> s.withClasses("notification-bell")));
        var invitation = _get(Button.class, s -> s.withClasses("notification unseen"));
        assertThat(invitation.getElement().getTextRecursively()).contains("Page cache");
        assertThat(_find(Span.class, s -> s.withClasses("bell-count"))).as("seen once shown").isEmpty();
        _click(_get(Button.class, s -> s.withClasses("notification-bell")));
        assertThat(_find(Button.class, s -> s.withClasses("notification"))).as("a second click closes the list").isEmpty();
        _click(_get(Button.class, s -> s.withClasses("notification-bell")));
        invitation = _find(Button.class, s -> s.withClasses("notification")).stream()
                .filter(b -> b.getElement().getTextRecursively().contains("Page cache")).findFirst().orElseThrow();
        assertThat(invitation.getClassNames()).as("seen now").doesNotContain("unseen");
        _click(invitation);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("reviews/" + review);
        UI.getCurrent().navigate("reviews/" + review + "/read");
        assertThat(_find(Span.class, s -> s.withClasses("outline-link").withText("Failure modes"))).hasSize(1);
        _setValue(_get(Select.class, s -> s.withLabel("Section")), "Proposal");
        _setValue(_get(Select.class, s -> s.withLabel("Kind")), CommentKind.CONCERN);
        _setValue(_get(TextField.class, s -> s.withLabel("Quote (optional)")), "for five minutes");
        _setValue(_get(TextArea.class, s -> s.withLabel("Comment")), "Five minutes of stale prices is too long for checkout.");
        assertThat(_get(TextArea.class, s -> s.withLabel("Comment")).getHelperText()).isEqualTo("54 / 10 000");
        _click(_get(Button.class, s -> s.withText("Add comment")));
        _click(_get(Button.class, s -> s.withText("I have read it")));
        assertThat(heads()).containsExactly("Concern · Proposal · Alice Attendee");
        assertThat(_get(Span.class, s -> s.withClasses("comment-quote")).getText()).isEqualTo("“for five minutes”");

        // A second attendee with the page open sees a new comment without a reload.
        loginAs("bob");
        UI.getCurrent().navigate("reviews/" + review + "/read");
        _setValue(_get(TextField.class, s -> s.withPlaceholder("Reply…")), "Half-written reply");
        CompletableFuture.runAsync(() -> AsUser.run("alice", () -> preRead.comment(review,
                new NewComment("Rollback", null, CommentKind.QUESTION, "Is the flag per tenant?")))).get();
        awaitPush(() -> assertThat(heads()).containsExactly("Concern · Proposal · Alice Attendee",
                "Question · Rollback · Alice Attendee"));
        assertThat(_find(TextField.class, s -> s.withPlaceholder("Reply…")).getFirst().getValue())
                .as("what bob was typing survives the redraw").isEqualTo("Half-written reply");

        // The moderator's triage: load per section, the open concern, who has not read yet.
        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review + "/read");
        assertThat(texts("triage-section")).containsExactly("Proposal: 1 concern", "Rollback: 1 question");
        assertThat(texts("unresolved-concerns")).containsExactly("Unresolved concerns: 1");
        assertThat(texts("concern")).containsExactly("Proposal · Alice Attendee: Five minutes of stale prices is too long for checkout.");
        assertThat(texts("not-read")).containsExactly("Not read yet: Bob Attendee, Olga Observer");
        int[] before = minutes();

        // The concern goes on the agenda: its section's item gains five minutes, the total stays.
        var concern = _find(Div.class, s -> s.withClasses("comment-thread")).getFirst();
        _click(_get(concern, Button.class, s -> s.withText("To agenda")));
        int[] after = minutes();
        int proposal = position("Proposal");
        assertThat(after[proposal]).isEqualTo(before[proposal] + 5);
        assertThat(java.util.Arrays.stream(after).sum()).isEqualTo(java.util.Arrays.stream(before).sum());
        assertThat(after[after.length - 1]).as("the decision item keeps its time").isEqualTo(before[before.length - 1]);
        assertThat(heads().getFirst()).isEqualTo("Concern · Proposal · Alice Attendee · On the agenda");

        // The question is parked: it is in the meeting's parking lot.
        var question = _find(Div.class, s -> s.withClasses("comment-thread")).get(1);
        _click(_get(question, Button.class, s -> s.withText("Park")));
        assertThat(AsUser.call("mia", () -> meetings.room(review)).parked()).extracting(c -> c.text())
                .containsExactly("From the pre-read (Rollback): Is the flag per tenant?");

        // In the live meeting the current item shows its section's comments.
        AsUser.run("mia", () -> meetings.overrideReadiness(review, "Pre-read test"));
        AsUser.run("mia", () -> meetings.start(review));
        AsUser.run("mia", () -> meetings.next(review));
        UI.getCurrent().navigate("reviews/" + review);
        assertThat(texts("section-comment")).containsExactly(
                "Concern · Alice Attendee · On the agenda: Five minutes of stale prices is too long for checkout.");
    }

    @Test
    void the_moderator_replans_minutes_by_comments_and_the_section_with_concerns_gains_time() {
        // A review of its own with bob only, so the other test's bell count stays alice's.
        review = AsUser.call("mia", () -> reviews.open(new NewReview("Page cache, again", TestDocs.READY,
                Set.of("bob"), Set.of(), 30)));
        int[] before = minutes();
        int rollback = position("Rollback");
        AsUser.run("mia", () -> preRead.open(review));
        AsUser.run("bob", () -> {
            preRead.comment(review, new NewComment("Rollback", null, CommentKind.CONCERN, "Is the flag per tenant?"));
            preRead.comment(review, new NewComment("Rollback", null, CommentKind.CONCERN, "Who turns it off at night?"));
            preRead.comment(review, new NewComment("Rollback", null, CommentKind.QUESTION, "Is it tested?"));
        });
        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review + "/read");

        _click(_get(Button.class, s -> s.withText("Re-plan minutes by comments")));

        int[] after = minutes();
        assertThat(after[rollback]).isGreaterThan(before[rollback]);
        assertThat(java.util.Arrays.stream(after).sum()).isEqualTo(30);
        assertThat(java.util.stream.IntStream.range(0, after.length - 1).filter(i -> i != rollback).map(i -> after[i]).max().orElseThrow())
                .as("no other section outweighs the one with every concern").isLessThanOrEqualTo(after[rollback]);
    }

    @Test
    void a_comment_pasted_over_the_limit_is_flagged_before_saving_refused_and_kept_whole() {
        AsUser.run("mia", () -> preRead.open(review));
        loginAs("bob");
        UI.getCurrent().navigate("reviews/" + review + "/read");
        var body = _get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withLabel("Comment"));
        String pasted = "The rollback plan needs a second look. ".repeat(308).substring(0, 12_000);

        _setValue(body, pasted);
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo("2 000 characters over the 10 000-character limit: shorten it to save (nothing was cut)");
        _click(_get(Button.class, s -> s.withText("Add comment")));

        assertThat(body.getValue()).as("what was typed is kept, all of it").isEqualTo(pasted);
        assertThat(AsUser.call("bob", () -> preRead.comments(review))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class, s -> s.withText("A comment is limited to 10 000 characters"))).isNotEmpty();
    }

    private int[] minutes() {
        return AsUser.call("mia", () -> reviews.details(review)).agenda().stream()
                .mapToInt(ReviewDetails.AgendaEntry::plannedMinutes).toArray();
    }

    private int position(String title) {
        return AsUser.call("mia", () -> reviews.details(review)).agenda().stream()
                .filter(a -> a.title().equals(title)).findFirst().orElseThrow().position();
    }

    private static List<String> heads() {
        return _find(Span.class, s -> s.withClasses("comment-head")).stream().map(Span::getText).toList();
    }

    private static List<String> texts(String className) {
        return _find(Div.class, s -> s.withClasses(className)).stream().map(d -> d.getElement().getTextRecursively()).toList();
    }

    static void awaitPush(Runnable assertion) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertion.run();
        });
    }
}
