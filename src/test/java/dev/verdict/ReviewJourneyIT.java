package dev.verdict;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.verdict.CommandLine.git;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dev.verdict.meeting.Disposition;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.verdict.decision.Outcome;
import dev.verdict.identity.UserDirectory;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.ReviewService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The walking skeleton, clicked as people would: paste a doc, run the meeting, decide, publish. */
class ReviewJourneyIT extends KaribuTest {

    @Autowired
    UserDirectory directory;
    @Autowired
    MeetingService meetings;
    @Autowired
    ReviewService reviews;
    @Autowired
    dev.verdict.decision.DecisionService decisions;

    @TempDir
    Path temp;

    @Test
    void a_pasted_design_doc_becomes_a_committed_adr() throws Exception {
        // The moderator opens a review from the guide's example doc.
        loginAs("mia");
        UI.getCurrent().navigate("new");
        _setValue(_get(TextField.class, s -> s.withLabel("Title")), "Real-time collaboration");
        _setValue(_get(TextArea.class, s -> s.withLabel("Design doc (Markdown)")),
                Fixtures.designDoc(Fixtures.REALTIME_COLLABORATION));
        _setValue(attendees(), Set.of(person("alice"), person("bob")));
        _click(_get(Button.class, s -> s.withText("Create review")));

        UUID reviewId = currentReviewId();
        assertThat(_get(H2.class, s -> s.withText("Real-time collaboration"))).isNotNull();
        assertThat(agendaLines()).hasSize(12).first().asString().startsWith("1. Problem & User Impact · ");
        assertThat(text(_get(Span.class, s -> s.withClasses("current-item")))).isEqualTo("Waiting for the moderator to start");

        // Start: the current item and its countdown.
        _click(_get(Button.class, s -> s.withText("Start meeting")));
        assertThat(text(_get(Span.class, s -> s.withClasses("current-item")))).isEqualTo("Now: 1. Problem & User Impact");
        String countdown = text(_get(Span.class, s -> s.withClasses("countdown")));
        assertThat(countdown).matches("\\d+:\\d\\d");
        assertThat(_get(Div.class, s -> s.withClasses("doc-section")).getElement().toString()).contains("stale content");
        _click(_get(Button.class, s -> s.withText("Next item")));
        assertThat(text(_get(Span.class, s -> s.withClasses("current-item")))).isEqualTo("Now: 2. Goals");

        // The moderator's own risk shows at once.
        _setValue(_get(TextField.class, s -> s.withPlaceholder("A risk someone raised…")), "OT library may not scale to 50 editors");
        _click(_get(Button.class, s -> s.withText("Add risk")));
        assertThat(items("risks")).containsExactly("OT library may not scale to 50 editors — Mia Moderator");

        // A second tab of the moderator shows the same item and time.
        String firstTab = text(_get(Span.class, s -> s.withClasses("countdown")));
        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + reviewId);
        assertThat(text(_get(Span.class, s -> s.withClasses("current-item")))).isEqualTo("Now: 2. Goals");
        assertThat(seconds(text(_get(Span.class, s -> s.withClasses("countdown")))))
                .isBetween(seconds(firstTab) - 2, seconds(firstTab));

        // An attendee with the room open sees what another attendee parks, without a reload.
        loginAs("alice");
        UI.getCurrent().navigate("reviews/" + reviewId);
        assertThat(items("risks")).containsExactly("OT library may not scale to 50 editors — Mia Moderator");
        assertThat(items("parking-lot")).isEmpty();
        CompletableFuture.runAsync(() -> AsUser.run("bob", () -> meetings.park(reviewId, "Offline editing for mobile"))).get();
        awaitPush(() -> assertThat(items("parking-lot")).containsExactly("Offline editing for mobile — Bob Attendee"));
        assertThat(_find(Button.class, s -> s.withText("Start meeting"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withText("Next item"))).isEmpty();

        // Closing is refused until the record is complete, with every missing field named at once.
        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + reviewId);
        _click(_get(Button.class, s -> s.withText("Close with decision")));
        _click(_get(Button.class, s -> s.withText("Close meeting and publish")));
        assertThat(items("form-errors")).containsExactlyInAnyOrder(
                "Choose an outcome", "Write the decision statement", "Give the rationale", "Name the decision maker",
                "Give the parked item “Offline editing for mobile” a disposition",
                "Give the risk “OT library may not scale to 50 editors” an owner, or accept it");
        // The doc's alternatives table prefilled the alternatives, without the chosen option.
        assertThat(_find(TextField.class, s -> s.withLabel("Alternative")).stream().map(TextField::getValue))
                .containsExactly("CRDTs", "Last-write-wins");
        // Its Cons column says why each was not chosen; the rest of the row is a hint beside the field, not the reason.
        assertThat(_find(TextField.class, s -> s.withLabel("Why not chosen")).stream().map(f -> f.getValue() + " / " + f.getHelperText()))
                .containsExactly("Complex; larger payload / The doc says: Pros: No server", "Lost updates / The doc says: Pros: Simple");

        // The parked item gets a disposition and the risk an owner, saved as they are picked.
        var parkedRow = _get(HorizontalLayout.class, s -> s.withClasses("parked-row"));
        _setValue(_get(parkedRow, Select.class, s -> s.withLabel("Disposition")), Disposition.SEPARATE_DESIGN_DOC);
        var riskRow = _get(HorizontalLayout.class, s -> s.withClasses("risk-row"));
        _setValue(_get(riskRow, ComboBox.class, s -> s.withLabel("Owner")), person("bob"));

        _setValue(outcome(), Outcome.APPROVED);
        _setValue(_get(TextArea.class, s -> s.withLabel("Decision statement")), "We're going with operational transform.");
        _click(_get(Button.class, s -> s.withText("Close meeting and publish")));
        assertThat(items("form-errors")).containsExactlyInAnyOrder("Give the rationale", "Name the decision maker");
        _setValue(_get(TextArea.class, s -> s.withLabel("Positive consequences")), "The server stays the source of truth");

        // A safe preview of what will be committed, before anything is: the meeting stays open.
        _click(_get(Button.class, s -> s.withText("Preview summary and ADR")));
        String preview = _find(_get(Div.class, s -> s.withClasses("decision-preview")), com.vaadin.flow.component.Html.class)
                .stream().map(com.vaadin.flow.component.Html::getInnerHtml).reduce("", String::concat);
        assertThat(preview).contains("We're going with operational transform.", "(no decision maker yet)",
                "CRDTs: not chosen because Complex; larger payload", "Positive: The server stays the source of truth");
        assertThat(decisions.decision(reviewId)).isEmpty();

        _setValue(_get(TextArea.class, s -> s.withLabel("Rationale")), "Proven, and the server stays the source of truth.");
        _setValue(decisionMaker(), person("alice"));
        _click(_get(Button.class, s -> s.withText("Close meeting and publish")));

        // Publishing: the page shows the commit and the ADR's path once git has it.
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue();
            return !_find(Code.class, s -> s.withClasses("commit-id")).isEmpty();
        });
        String commit = text(_get(Code.class, s -> s.withClasses("commit-id")));
        String adrPath = text(_get(Code.class, s -> s.withClasses("adr-path")));
        String summaryPath = text(_get(Code.class, s -> s.withClasses("summary-path")));
        assertThat(commit).matches("[0-9a-f]{40}");
        assertThat(adrPath).matches("doc/adr/\\d{4}-real-time-collaboration\\.md");

        // In a clone of the remote: one commit with both files, by the moderator; adr-tools reads the ADR.
        Path clone = temp.resolve("clone");
        git(temp, "clone", "-q", TestData.remote().toUri().toString(), clone.toString());
        assertThat(git(clone, "log", "-1", "--format=%H %an <%ae>", "--", adrPath))
                .isEqualTo(commit + " Mia Moderator <mia@example.com>\n");
        assertThat(git(clone, "show", "--name-only", "--format=", commit).lines()).containsExactlyInAnyOrder(adrPath, summaryPath);
        String adr = Files.readString(clone.resolve(adrPath));
        assertThat(adr).containsSubsequence("# ", ". Real-time collaboration", "Date: ", "## Status", "Accepted",
                "## Context", "## Decision", "We're going with operational transform.",
                "Alternatives considered:", "- CRDTs: not chosen because Complex; larger payload", "## Consequences",
                "- Positive: The server stays the source of truth",
                "- Risk: OT library may not scale to 50 editors (owner: Bob Attendee)");
        String summary = Files.readString(clone.resolve(summaryPath));
        assertThat(summary).contains("Outcome: **Approved**", "Decision maker: Alice Attendee", "Bob Attendee (Attendee)",
                "| 2 | 2. Goals |", "Offline editing for mobile (Bob Attendee", "→ Separate design doc", "OT library may not scale");
        // Committed together, the two files link each other by relative path, and the links resolve in the clone.
        String adrLink = java.util.regex.Pattern.compile("- ADR: \\[[^\\]]+\\]\\(([^)]+)\\)").matcher(summary).results()
                .map(m -> m.group(1)).findFirst().orElseThrow();
        String summaryLink = java.util.regex.Pattern.compile("\\[meeting summary\\]\\(([^)]+)\\)").matcher(adr).results()
                .map(m -> m.group(1)).findFirst().orElseThrow();
        assertThat(clone.resolve(summaryPath).getParent().resolve(adrLink).normalize()).isEqualTo(clone.resolve(adrPath));
        assertThat(clone.resolve(adrPath).getParent().resolve(summaryLink).normalize()).isEqualTo(clone.resolve(summaryPath));
        assertThat(git(clone, "log", "-1", "--format=%B", commit)).contains("Design-Review: " + reviewId);
        if (CommandLine.adrToolsInstalled()) {
            assertThat(CommandLine.run(clone, "adr", "list").lines()).contains(adrPath);
        }
    }

    @Test
    void an_observer_sees_the_room_but_cannot_change_it_even_through_the_service() {
        loginAs("mia");
        UI.getCurrent().navigate("new");
        _setValue(_get(TextField.class, s -> s.withLabel("Title")), "Observed review");
        _setValue(_get(TextArea.class, s -> s.withLabel("Design doc (Markdown)")), "## Only item\n\nText.");
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Observers")), Set.of(person("olga")));
        _click(_get(Button.class, s -> s.withText("Create review")));
        UUID reviewId = currentReviewId();

        loginAs("olga");
        UI.getCurrent().navigate("reviews/" + reviewId);
        assertThat(_get(H2.class, s -> s.withText("Observed review"))).isNotNull();
        assertThat(_find(Button.class, s -> s.withText("Add risk"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withText("Add to parking lot"))).isEmpty();
        assertThatThrownBy(() -> meetings.captureRisk(reviewId, "sneaky")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.start(reviewId)).isInstanceOf(AccessDeniedException.class);

        loginAs("bob");
        assertThatThrownBy(() -> reviews.details(reviewId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.park(reviewId, "not mine")).isInstanceOf(AccessDeniedException.class);
        assertThat(reviews.mine()).noneMatch(r -> r.id().equals(reviewId));
    }

    @Test
    void bad_docs_are_refused_with_a_clear_message_and_nothing_is_lost() {
        loginAs("mia");
        UI.getCurrent().navigate("new");
        _setValue(_get(TextField.class, s -> s.withLabel("Title")), "Needs a doc");
        _click(_get(Button.class, s -> s.withText("Create review")));
        assertThat(items("form-errors")).anySatisfy(m -> assertThat(m).contains("The design doc is empty"));

        String huge = "## Big\n\n" + "x".repeat(2 * 1024 * 1024);
        _setValue(_get(TextArea.class, s -> s.withLabel("Design doc (Markdown)")), huge);
        _click(_get(Button.class, s -> s.withText("Create review")));
        assertThat(items("form-errors")).anySatisfy(m -> assertThat(m).contains("the limit is 2 MB"));
        assertThat(_get(TextField.class, s -> s.withLabel("Title")).getValue()).isEqualTo("Needs a doc");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("new");
    }

    @Test
    void a_doc_without_headings_gets_one_discussion_item() {
        loginAs("mia");
        UI.getCurrent().navigate("new");
        _setValue(_get(TextField.class, s -> s.withLabel("Title")), "Prose only");
        _setValue(_get(TextArea.class, s -> s.withLabel("Design doc (Markdown)")), "We should cache the ADR log.");
        _click(_get(Button.class, s -> s.withText("Create review")));

        assertThat(agendaLines()).containsExactly("Discussion · 45 min");
    }

    @Test
    void pasting_a_doc_suggests_its_title_at_once_and_a_title_the_moderator_typed_is_kept() {
        loginAs("mia");
        UI.getCurrent().navigate("new");
        var title = _get(TextField.class, s -> s.withLabel("Title"));
        var doc = _get(TextArea.class, s -> s.withLabel("Design doc (Markdown)"));

        _setValue(doc, "\uFEFF---\r\ntitle: Front matter title\r\n---\r\nCache and\r\nqueue design\r\n===\r\n\r\n## Goals\r\n");
        assertThat(title.getValue()).isEqualTo("Cache and queue design");
        _setValue(doc, "# Second try\n\n## Goals\n");
        assertThat(title.getValue()).as("a suggestion follows the doc").isEqualTo("Second try");

        _setValue(title, "My own title");
        _setValue(doc, "# Third try\n");
        assertThat(title.getValue()).isEqualTo("My own title");
    }

    @Test
    void an_uploaded_markdown_file_fills_the_doc_and_the_title() {
        loginAs("mia");
        UI.getCurrent().navigate("new");
        var upload = _get(com.vaadin.flow.component.upload.Upload.class);
        byte[] doc = Fixtures.designDoc(Fixtures.REALTIME_COLLABORATION).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        com.github.mvysny.kaributesting.v10.UploadKt._upload(upload, "design.md", "text/markdown", doc);
        MockVaadin.runUIQueue();

        assertThat(_get(TextArea.class, s -> s.withLabel("Design doc (Markdown)")).getValue()).contains("## 11. Rollback");
        assertThat(_get(TextField.class, s -> s.withLabel("Title")).getValue())
                .isEqualTo("Design Doc: Real-time Collaboration for Document Editor");
    }

    @Test
    void hostile_markdown_and_titles_are_shown_as_text_and_never_run() {
        String hostile = """
                ## <script>window.__xss=1</script>Plan

                <script>window.__xss=2</script>
                <img src=x onerror="window.__xss=3">

                [click me](javascript:window.__xss=4)
                """;
        loginAs("mia");
        UI.getCurrent().navigate("new");
        _setValue(_get(TextField.class, s -> s.withLabel("Title")), "<img src=x onerror=alert(1)>");
        _setValue(_get(TextArea.class, s -> s.withLabel("Design doc (Markdown)")), hostile);
        _click(_get(Button.class, s -> s.withText("Create review")));
        _click(_get(Button.class, s -> s.withText("Start meeting")));
        assertThat(_find(Button.class, s -> s.withText("Next item"))).as("refused: no rollback, no failure modes").isEmpty();
        assertThat(_find(ListItem.class, s -> s.withClasses("readiness-missing"))).extracting(ReviewJourneyIT::text)
                .contains("Rollback: missing — No section about rollback", "Failure modes: missing — No section about failure modes");
        _setValue(_get(TextField.class, s -> s.withLabel("Reason to start anyway")), "Security test of hostile input");
        _click(_get(Button.class, s -> s.withText("Override and allow start")));
        _click(_get(Button.class, s -> s.withText("Start meeting")));
        assertThat(_find(Button.class, s -> s.withText("Next item"))).hasSize(1);

        assertThat(_get(H2.class, s -> s.withText("<img src=x onerror=alert(1)>"))).isNotNull();
        var section = org.jsoup.Jsoup.parseBodyFragment(_get(com.vaadin.flow.component.Html.class).getInnerHtml());
        assertThat(section.select("script, img, iframe")).isEmpty();
        assertThat(section.getAllElements()).allSatisfy(e ->
                assertThat(e.attributes().asList()).noneMatch(a -> a.getKey().startsWith("on")));
        assertThat(section.select("a[href^=javascript]")).isEmpty();
        assertThat(section.text()).contains("<script>window.__xss=2</script>", "<img src=x onerror=\"window.__xss=3\">", "click me");
    }

    /** Runs what the server pushed to this screen until the assertion holds (updates are throttled to 4/s). */
    static void awaitPush(Runnable assertion) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertion.run();
        });
    }

    private UUID currentReviewId() {
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).startsWith("reviews/");
        return UUID.fromString(path.substring("reviews/".length()));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<dev.verdict.identity.Person> attendees() {
        return _get(MultiSelectComboBox.class, s -> s.withLabel("Attendees"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Outcome> outcome() {
        return _get(Select.class, s -> s.withLabel("Outcome"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<dev.verdict.identity.Person> decisionMaker() {
        return _get(ComboBox.class, s -> s.withLabel("Decision maker"));
    }

    private dev.verdict.identity.Person person(String username) {
        return directory.find(username).orElseThrow();
    }

    private static List<String> agendaLines() {
        return _find(_get(OrderedList.class, s -> s.withClasses("agenda-items")), ListItem.class).stream()
                .map(li -> text(li) + " · " + li.getElement().getAttribute("data-time"))
                .toList();
    }

    private static List<String> items(String listClass) {
        var lists = _find(UnorderedList.class, s -> s.withClasses(listClass));
        if (lists.isEmpty()) {
            return _find(_get(Div.class, s -> s.withClasses(listClass)), ListItem.class).stream().map(ReviewJourneyIT::text).toList();
        }
        return _find(lists.getFirst(), ListItem.class).stream().map(ReviewJourneyIT::text).toList();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static int seconds(String mmss) {
        String[] parts = mmss.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

}
