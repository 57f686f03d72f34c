package dev.verdict.revisit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.verdict.CommandLine.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.MeetingService;
import dev.verdict.repository.AdrLog;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.RepositoryService;
import dev.verdict.review.DocReference;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ReviewStatus;
import dev.verdict.review.ReviewSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** From the revisit page to a revisit review whose decision form proposes superseding the earlier ADR. */
class RevisitJourneyIT extends KaribuTest {

    @Autowired
    RepositoryService repositories;
    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;

    @TempDir
    Path temp;

    @Test
    @SuppressWarnings("unchecked")
    void the_decision_maker_starts_the_revisit_and_its_decision_form_suggests_superseding_the_earlier_adr() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Path remote = temp.resolve("team.git");
        git(temp, "init", "-q", "--bare", "-b", "main", remote.toString());
        Path work = temp.resolve("work");
        git(temp, "clone", "-q", remote.toUri().toString(), work.toString());
        Files.createDirectories(work.resolve("doc/adr"));
        Files.writeString(work.resolve(".adr-dir"), "doc/adr\n");
        Files.writeString(work.resolve("search.md"), "# Search\n\n" + TestDocs.READY);
        git(work, "add", "-A");
        git(work, "commit", "-q", "-m", "Start");
        git(work, "push", "-q", "origin", "HEAD:main");
        UUID repository = AsUser.call("admin", () -> repositories.connect(new NewRepository("journey-" + tag,
                remote.toString(), "main", null, null, null, null)));
        UUID earlier = AsUser.call("mia", () -> reviews.open(new NewReview("Search " + tag, null,
                new DocReference(repository, "search.md", reviews.browse(repository).headCommit()),
                "bob", "alice", Set.of(), Set.of(), 30, null)));
        AsUser.run("mia", () -> meetings.start(earlier));
        AsUser.run("mia", () -> decisions.close(earlier, CloseMeeting.of(Outcome.APPROVED, "Index nightly",
                "Fresh enough", "alice", new AlternativeConsidered("Index live", "Too costly"))));
        await().atMost(Duration.ofSeconds(60)).until(() -> AsUser.call("mia", () -> reviews.mine()).stream()
                .anyMatch(r -> r.id().equals(earlier) && r.status() == ReviewStatus.PUBLISHED));
        String adrPath = AsUser.call("mia", () -> reviews.mine()).stream().filter(r -> r.id().equals(earlier))
                .map(ReviewSummary::adrPath).findFirst().orElseThrow();

        loginAs("bob");
        UI.getCurrent().navigate("reviews/" + earlier + "/revisit");
        assertThat(_find(Button.class, s -> s.withText("Start a revisit review")).stream().filter(Button::isVisible).toList())
                .as("the author reads the page but does not start the revisit").isEmpty();

        loginAs("alice");
        UI.getCurrent().navigate("reviews/" + earlier + "/revisit");
        _click(_get(Button.class, s -> s.withText("Start a revisit review")));
        UUID revisit = AsUser.call("alice", () -> reviews.mine()).stream()
                .filter(r -> r.title().equals("Revisit: Search " + tag)).findFirst().orElseThrow().id();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("reviews/" + revisit);

        loginAs("mia");
        AsUser.run("mia", () -> meetings.start(revisit));
        UI.getCurrent().navigate("reviews/" + revisit + "/decision");
        ComboBox<AdrLog.Entry> supersedes = _get(ComboBox.class, s -> s.withLabel("Supersedes"));
        assertThat(supersedes.getValue()).isNotNull();
        assertThat(supersedes.getValue().path()).isEqualTo(adrPath);
        assertThat(supersedes.getHelperText()).contains("Suggested", "Search " + tag);
        assertThat(List.of(supersedes.isEnabled(), supersedes.isClearButtonVisible())).as("the moderator may clear it")
                .containsOnly(true);
    }
}
