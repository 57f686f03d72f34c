package dev.verdict.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.verdict.CommandLine.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.identity.Person;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.RepositoryChoice;
import dev.verdict.repository.RepositoryService;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A moderator opens a review from a design doc in a connected repository, pinned to a commit. */
class ReviewFromRepositoryIT extends KaribuTest {

    private static final String DOC_V1 = """
            # Search indexing pipeline

            ## Problem
            Search results lag writes by 20 minutes; users re-submit forms. Metric: p95 index lag.

            ## Goals
            Index lag under 1 minute.

            ## Proposed solution
            Stream changes through a queue.

            ## Alternatives and tradeoffs
            Batch every minute.

            ## Failure modes
            Queue backlog.

            ## Rollback
            Re-enable the batch job.

            ## Appendix: old numbers
            Tables.
            """;

    @Autowired
    RepositoryService repositories;
    @Autowired
    ReviewService reviews;

    @TempDir
    Path temp;
    Path work;
    String repositoryName;

    @BeforeEach
    void aConnectedRepositoryWithADesignDoc() {
        Path remote = temp.resolve("designs.git");
        git(temp, "init", "-q", "--bare", "-b", "main", remote.toString());
        work = temp.resolve("work");
        git(temp, "clone", "-q", remote.toUri().toString(), work.toString());
        commit("docs/design/search-indexing.md", DOC_V1);
        repositoryName = "designs-" + UUID.randomUUID().toString().substring(0, 8);
        AsUser.run("admin", () -> repositories.connect(new NewRepository(repositoryName, remote.toString(), "main",
                null, null, null, null)));
    }

    private String commit(String path, String text) {
        try {
            Files.createDirectories(work.resolve(path).getParent());
            Files.writeString(work.resolve(path), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        git(work, "add", path);
        git(work, "commit", "-q", "-m", "Edit " + path);
        git(work, "push", "-q", "origin", "HEAD:main");
        return git(work, "rev-parse", "HEAD").strip();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_doc_picked_from_the_branch_is_pinned_with_its_roles_schedule_and_timebox() {
        String head = git(work, "rev-parse", "HEAD").strip();
        loginAs("mia");
        UI.getCurrent().navigate("new");

        _setValue(_get(RadioButtonGroup.class, s -> s.withLabel("Design doc")), NewReviewView.FROM_REPOSITORY);
        ComboBox<RepositoryChoice> repository = _get(ComboBox.class, s -> s.withLabel("Repository"));
        _setValue(repository, repositoryChoice());
        _setValue(_get(ComboBox.class, s -> s.withLabel("Markdown file")), "docs/design/search-indexing.md");
        assertThat(_get(Span.class, s -> s.withClasses("pinned-commit")).getText()).startsWith("Pinned at " + head.substring(0, 7));
        assertThat(_get(TextField.class, s -> s.withLabel("Title")).getValue()).isEqualTo("Search indexing pipeline");

        _setValue(_get(ComboBox.class, s -> s.withLabel("Author")), person("bob"));
        _setValue(_get(ComboBox.class, s -> s.withLabel("Decision maker")), person("alice"));
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Observers")), Set.of(person("olga")));
        LocalDateTime nextWeek = LocalDateTime.now().plusDays(7).withHour(14).withMinute(0).withSecond(0).withNano(0);
        _setValue(_get(DateTimePicker.class, s -> s.withLabel("Scheduled start")), nextWeek);
        _setValue(_get(ComboBox.class, s -> s.withLabel("Time zone")), "Europe/Berlin");
        _setValue(_get(IntegerField.class, s -> s.withLabel("Timebox (minutes)")), 60);
        _click(_get(Button.class, s -> s.withText("Create review")));

        UUID id = UUID.fromString(UI.getCurrent().getInternals().getActiveViewLocation().getPath().replace("reviews/", ""));
        ReviewDetails review = reviews.details(id);
        assertThat(review.pinnedDoc().reference().commit()).isEqualTo(head);
        assertThat(review.pinnedDoc().repositoryName()).isEqualTo(repositoryName);
        assertThat(review.designDoc()).isEqualTo(DOC_V1);
        assertThat(roles(review)).containsExactlyInAnyOrderEntriesOf(Map.of("mia", ReviewRole.MODERATOR,
                "bob", ReviewRole.AUTHOR, "alice", ReviewRole.DECISION_MAKER, "olga", ReviewRole.OBSERVER));
        assertThat(review.scheduledStart().label()).endsWith("14:00 (Europe/Berlin)");
        assertThat(review.agenda().stream().mapToInt(ReviewDetails.AgendaEntry::plannedMinutes).sum()).isEqualTo(60);
        assertThat(review.agenda().getLast().title()).isEqualTo("Decision & follow-ups");

        UI.getCurrent().navigate("reviews/" + id + "/agenda");
        assertThat(_get(Span.class, s -> s.withClasses("pinned-doc")).getText())
                .isEqualTo("Doc: docs/design/search-indexing.md in " + repositoryName + ", pinned at " + head.substring(0, 7));
        assertThat(_get(Span.class, s -> s.withClasses("scheduled-start")).getText()).contains("(Europe/Berlin) · 60 min");
    }

    @Test
    void update_to_latest_re_pins_only_when_asked_and_says_which_sections_changed() {
        String first = git(work, "rev-parse", "HEAD").strip();
        UUID id = openFromRepository(first);
        String second = commit("docs/design/search-indexing.md", DOC_V1
                .replace("## Appendix: old numbers\nTables.\n", "")
                + "\n## Observability\nLag dashboard and alert at 5 minutes.\n");
        assertThat(reviews.details(id).pinnedDoc().reference().commit()).as("not re-pinned by itself").isEqualTo(first);

        UI.getCurrent().navigate("reviews/" + id + "/agenda");
        _click(_get(Button.class, s -> s.withText("Update to latest")));

        assertThat(_get(Span.class, s -> s.withClasses("doc-update")).getText()).isEqualTo("Re-pinned from "
                + first.substring(0, 7) + " to " + second.substring(0, 7)
                + "; sections added: Observability; sections removed: Appendix: old numbers. The agenda was planned again from the new version.");
        assertThat(_get(Span.class, s -> s.withClasses("pinned-doc")).getText()).endsWith("pinned at " + second.substring(0, 7));
        assertThat(reviews.details(id).designDoc()).contains("## Observability").doesNotContain("Appendix");

        _click(_get(Button.class, s -> s.withText("Update to latest")));
        assertThat(_get(Span.class, s -> s.withClasses("doc-update")).getText())
                .isEqualTo("Already at the latest commit (" + second.substring(0, 7) + ")");
    }

    @Test
    void only_the_moderator_updates_the_doc_and_the_roles_and_schedule_are_checked() {
        UUID id = openFromRepository(git(work, "rev-parse", "HEAD").strip());
        assertThatThrownBy(() -> AsUser.call("alice", () -> reviews.updateToLatest(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("olga", () -> reviews.updateToLatest(id))).isInstanceOf(AccessDeniedException.class);

        loginAs("mia");
        UI.getCurrent().navigate("new");
        _setValue(_get(TextField.class, s -> s.withLabel("Title")), "Bad setup");
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withLabel("Design doc (Markdown)")), "## A\n\nB");
        _setValue(_get(ComboBox.class, s -> s.withLabel("Author")), person("bob"));
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Observers")), Set.of(person("bob")));
        _click(_get(Button.class, s -> s.withText("Create review")));
        assertThat(errors()).contains("Bob Attendee is picked as observer and as author: an observer only reads along and takes no part, so pick one");

        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Observers")), Set.of());
        _setValue(_get(DateTimePicker.class, s -> s.withLabel("Scheduled start")), LocalDateTime.now().minusDays(2));
        _click(_get(Button.class, s -> s.withText("Create review")));
        assertThat(errors()).contains("is in the past");

        _setValue(_get(DateTimePicker.class, s -> s.withLabel("Scheduled start")), null);
        _setValue(_get(IntegerField.class, s -> s.withLabel("Timebox (minutes)")), 200);
        _click(_get(Button.class, s -> s.withText("Create review")));
        assertThat(errors()).contains("The timebox is at most 180 minutes");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("new");
    }

    @Test
    void the_demo_repository_is_connected_on_first_start_with_a_design_doc_to_pick() {
        loginAs("mia");
        RepositoryChoice demo = reviews.docRepositories().stream().filter(r -> r.name().equals("Demo repository"))
                .findFirst().orElseThrow();

        var snapshot = reviews.browse(demo.id());

        assertThat(snapshot.markdownPaths()).contains("docs/design/search-indexing.md");
        assertThat(reviews.preview(new dev.verdict.review.DocReference(demo.id(), "docs/design/search-indexing.md",
                snapshot.headCommit()))).startsWith("# Search indexing pipeline");
    }

    private UUID openFromRepository(String commit) {
        loginAs("mia");
        UUID repositoryId = repositoryChoice().id();
        return reviews.open(new dev.verdict.review.NewReview("Search indexing", null,
                new dev.verdict.review.DocReference(repositoryId, "docs/design/search-indexing.md", commit),
                "bob", "alice", Set.of(), Set.of("olga"), 45, null));
    }

    private RepositoryChoice repositoryChoice() {
        return reviews.docRepositories().stream().filter(r -> r.name().equals(repositoryName)).findFirst().orElseThrow();
    }

    private Person person(String username) {
        return reviews.people().stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow();
    }

    private static Map<String, ReviewRole> roles(ReviewDetails review) {
        return review.members().stream().collect(Collectors.toMap(m -> m.person().username(), ReviewDetails.Member::role));
    }

    private static String errors() {
        return _get(Div.class, s -> s.withClasses("form-errors")).getElement().getTextRecursively();
    }
}
