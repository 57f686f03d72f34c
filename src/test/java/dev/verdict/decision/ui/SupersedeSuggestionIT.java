package dev.verdict.decision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.verdict.CommandLine.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import dev.verdict.AdrRepos;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.decision.Outcome;
import dev.verdict.decisionlog.DecisionLogService;
import dev.verdict.decisionlog.LogFilter;
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

/** The decision form offers the accepted ADR on the doc's topic as the one superseded; the moderator decides. */
class SupersedeSuggestionIT extends KaribuTest {

    @Autowired
    RepositoryService repositories;
    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionLogService log;

    @TempDir
    Path temp;

    @Test
    @SuppressWarnings("unchecked")
    void an_approving_decision_is_offered_the_accepted_adr_on_its_topic_and_takes_it_only_when_asked() throws Exception {
        String word = "serval" + UUID.randomUUID().toString().substring(0, 6);
        Path remote = AdrRepos.bareRepository("adr-tools-crlf", temp);
        Path work = AdrRepos.clone(remote, temp.resolve("work"));
        Files.writeString(work.resolve("doc/adr/0003-render-" + word + "-pages.md"), "# 3. Render " + word + " pages on every request\n\n"
                + "Date: 2025-05-01\n\n## Status\n\nAccepted\n\n## Context\n\nThe " + word + " shop renders each page per request.\n\n"
                + "## Decision\n\nNo page cache.\n\n## Consequences\n\nSlow pages.\n");
        Files.createDirectories(work.resolve("docs/design"));
        Files.writeString(work.resolve("docs/design/" + word + ".md"), "# A page cache for the " + word + " shop\n\n"
                + "The " + word + " shop renders every page on every request.\n\n" + TestDocs.READY);
        git(work, "add", "-A");
        git(work, "-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-q", "-m", "ADR and doc");
        git(work, "push", "-q", "origin", "HEAD:main");
        UUID repository = AsUser.call("admin", () -> repositories.connect(new NewRepository("Shop " + word, remote.toString(), "main",
                null, null, null, null)));
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("A page cache for the " + word + " shop", null,
                new DocReference(repository, "docs/design/" + word + ".md", reviews.browse(repository).headCommit()),
                "bob", "alice", Set.of(), Set.of(), 30, null)));
        AsUser.run("mia", () -> meetings.start(review));
        await().atMost(Duration.ofSeconds(60)).until(() -> !AsUser.call("mia", () -> log.entries(LogFilter.NONE.withText(word))).isEmpty());

        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review + "/decision");
        assertThat(_find(Div.class, s -> s.withClasses("supersede-hint"))).as("no outcome chosen yet").isEmpty();
        _setValue(_get(Select.class, s -> s.withLabel("Outcome")), Outcome.REJECTED);
        assertThat(_find(Div.class, s -> s.withClasses("supersede-hint"))).as("a rejection supersedes nothing").isEmpty();
        _setValue(_get(Select.class, s -> s.withLabel("Outcome")), Outcome.APPROVED);
        Div hint = _get(Div.class, s -> s.withClasses("supersede-hint"));
        assertThat(hint.getElement().getTextRecursively()).contains("0003 · Render " + word + " pages on every request",
                "(Accepted)", "is about the same topic");
        ComboBox<AdrLog.Entry> supersedes = _get(ComboBox.class, s -> s.withLabel("Supersedes"));
        assertThat(supersedes.getValue()).as("offered, not chosen").isNull();

        _click(_get(Button.class, s -> s.withText("Supersede 0003 · Render " + word + " pages on every request")));

        assertThat(supersedes.getValue().path()).isEqualTo("doc/adr/0003-render-" + word + "-pages.md");
        assertThat(_find(Div.class, s -> s.withClasses("supersede-hint"))).as("taken").isEmpty();
        assertThat(_find(Button.class, s -> s.withText("Supersede 0003 · Render " + word + " pages on every request"))).isEmpty();
    }
}
