package dev.verdict.decision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.verdict.CommandLine.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.verdict.AsUser;
import dev.verdict.CommandLine;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.MeetingService;
import dev.verdict.repository.AdrLog;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.RepositoryService;
import dev.verdict.review.DocReference;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The moderator picks the ADR a decision supersedes from the repository's ADR log; one commit changes both. */
class SupersedeFromTheAdrLogIT extends KaribuTest {

    @Autowired
    RepositoryService repositories;
    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;

    @TempDir
    Path temp;

    @Test
    @SuppressWarnings("unchecked")
    void the_picked_adr_is_marked_superseded_in_the_same_commit_and_the_log_shows_the_chain() throws Exception {
        Path remote = temp.resolve("team.git");
        git(temp, "init", "-q", "--bare", "-b", "main", remote.toString());
        Path work = temp.resolve("work");
        git(temp, "clone", "-q", remote.toUri().toString(), work.toString());
        Files.createDirectories(work.resolve("doc/adr"));
        Files.createDirectories(work.resolve("docs/design"));
        Files.writeString(work.resolve(".adr-dir"), "doc/adr\n");
        Files.writeString(work.resolve("doc/adr/0001-render-pages-on-every-request.md"),
                "# 1. Render pages on every request\n\nDate: 2026-01-05\n\n## Status\n\nAccepted\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\nc\n");
        Files.writeString(work.resolve("docs/design/page-cache.md"), "# Page cache\n\n" + TestDocs.READY);
        git(work, "add", "-A");
        git(work, "commit", "-q", "-m", "Start");
        git(work, "push", "-q", "origin", "HEAD:main");
        String name = "pages-" + UUID.randomUUID().toString().substring(0, 8);
        UUID repository = AsUser.call("admin", () -> repositories.connect(new NewRepository(name, remote.toString(), "main",
                null, null, null, null)));
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("Page cache", null,
                new DocReference(repository, "docs/design/page-cache.md", reviews.browse(repository).headCommit()),
                "bob", "alice", Set.of(), Set.of(), 30, null)));
        AsUser.run("mia", () -> meetings.start(review));

        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review + "/decision");
        _setValue(_get(Select.class, s -> s.withLabel("Outcome")), Outcome.APPROVED);
        _setValue(_get(TextArea.class, s -> s.withLabel("Decision statement")), "Cache rendered pages for five minutes");
        _setValue(_get(TextArea.class, s -> s.withLabel("Rationale")), "Load time matters most");
        _setValue(_get(TextField.class, s -> s.withLabel("Alternative")), "Render on every request");
        _setValue(_get(TextField.class, s -> s.withLabel("Why not chosen")), "4 s page loads");
        ComboBox<AdrLog.Entry> supersedes = _get(ComboBox.class, s -> s.withLabel("Supersedes"));
        assertThat(supersedes.getListDataView().getItems()).as("read from git only when the picker opens").isEmpty();
        supersedes.setOpened(true);
        var entries = supersedes.getListDataView().getItems().toList();
        assertThat(entries).extracting(AdrLog.Entry::label).containsExactly("0001 · Render pages on every request (Accepted)");
        _setValue(supersedes, entries.getFirst());
        _click(_get(Button.class, s -> s.withText("Close meeting and publish")));
        assertThat(_find(Div.class, s -> s.withClasses("form-errors")).stream().filter(Div::isVisible)
                .map(d -> d.getElement().getTextRecursively()).toList()).as("problems").allMatch(String::isBlank);

        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue();
            return !_find(Code.class, s -> s.withClasses("commit-id")).isEmpty();
        });
        String commit = _get(Code.class, s -> s.withClasses("commit-id")).getText();
        Path clone = temp.resolve("clone");
        git(temp, "clone", "-q", remote.toUri().toString(), clone.toString());
        assertThat(git(clone, "show", "--name-only", "--format=", commit).lines())
                .contains("doc/adr/0001-render-pages-on-every-request.md", "doc/adr/0002-page-cache.md");
        assertThat(Files.readString(clone.resolve("doc/adr/0001-render-pages-on-every-request.md")))
                .contains("## Status\n\nSuperseded by [2. Page cache](0002-page-cache.md)\n");
        if (CommandLine.adrToolsInstalled()) {
            assertThat(CommandLine.run(clone, "adr", "generate", "graph")).contains("_2 -> _1 [label=\"Supersedes\"");
        }

        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate("repositories/" + repository + "/adrs");
        Grid<AdrLog.Entry> log = _get(Grid.class, s -> s.withClasses("adr-log"));
        assertThat(GridKt._size(log)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(log, 0)).containsExactly("0001", "Render pages on every request",
                "Superseded", "2026-01-05", "0001 → 0002");
    }
}
