package dev.verdict.publishing.git;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.verdict.CommandLine.cloneOf;
import static dev.verdict.CommandLine.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Paragraph;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.MeetingService;
import dev.verdict.publishing.PublicationService;
import dev.verdict.publishing.PublicationState;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.RepositoryService;
import dev.verdict.review.DocReference;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A review whose repository's git host is down when the meeting closes: the page says it waits
 * (attempt, next try), nothing is lost, and once the host is back the decision is published
 * without anyone acting.
 */
class PublishingWhileTheHostIsDownIT extends KaribuTest {

    private static final String TOKEN = "host-down-token-7c1";

    @Autowired
    RepositoryService repositories;
    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    PublicationService publications;

    @TempDir
    Path temp;

    @Test
    void the_decision_waits_while_the_host_is_down_and_lands_once_it_is_back() throws Exception {
        Path served = Files.createDirectories(temp.resolve("served"));
        DemoRepository.createIfMissing(served.resolve("team.git"), "main", Clock.systemUTC());
        var server = new HttpsGitServer(Files.createDirectories(temp.resolve("https1")), served, "mia", TOKEN);
        int port = server.port();
        String name = "team-" + UUID.randomUUID().toString().substring(0, 8);
        UUID repository = AsUser.call("admin", () -> repositories.connect(new NewRepository(name, server.url("team"), "main",
                "mia", TOKEN, null, null)));
        UUID review = AsUser.call("mia", () -> {
            String head = reviews.browse(repository).headCommit();
            return reviews.open(new NewReview("Search indexing", null,
                    new DocReference(repository, "docs/design/search-indexing.md", head), "bob", "alice",
                    Set.of(), Set.of(), 30, null));
        });
        AsUser.run("mia", () -> meetings.start(review));
        server.close();

        AsUser.run("mia", () -> decisions.close(review, CloseMeeting.of(Outcome.APPROVED, "Stream changes through a queue",
                "Lag matters most", "alice", new AlternativeConsidered("Batch every minute", "Load spikes"))));

        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review + "/publication");
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue();
            return !_find(Paragraph.class, s -> s.withClasses("publication-waiting")).isEmpty();
        });
        assertThat(_get(Paragraph.class, s -> s.withClasses("publication-waiting")).getText())
                .matches("Waiting to publish \\(attempt 1, next at \\d\\d:\\d\\d:\\d\\d\\)\\. Nothing is lost; Verdict keeps trying\\.");
        assertThat(_find(com.vaadin.flow.component.button.Button.class, s -> s.withText("Retry now"))).hasSize(1);
        // Nothing is lost meanwhile: both files can be downloaded, the ADR without its number until the commit.
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, s -> s.withText("Download summary"))).hasSize(1);
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, s -> s.withText("Download ADR"))).hasSize(1);
        assertThat(AsUser.call("mia", () -> publications.adr(review))).startsWith("# Search indexing\n\nDate: ")
                .contains("## Decision\n\nStream changes through a queue");
        assertThat(AsUser.call("mia", () -> publications.summary(review))).contains("Outcome: **Approved**");

        try (var back = new HttpsGitServer(Files.createDirectories(temp.resolve("https2")), served, "mia", TOKEN, port)) {
            await().atMost(Duration.ofSeconds(90)).pollInSameThread().until(() -> {
                MockVaadin.runUIQueue();
                return !_find(Code.class, s -> s.withClasses("commit-id")).isEmpty();
            });
        }
        String adrPath = _get(Code.class, s -> s.withClasses("adr-path")).getText();
        assertThat(adrPath).isEqualTo("doc/adr/0002-search-indexing.md");
        assertThat(AsUser.call("mia", () -> publications.status(review)).state()).isEqualTo(PublicationState.PUBLISHED);
        Path clone = cloneOf(served.resolve("team.git"), temp.resolve("clone"));
        assertThat(git(clone, "log", "--format=%an|%s", "--grep", "Design-Review: " + review).lines())
                .containsExactly("Mia Moderator|Record design review decision: Search indexing");
        assertThat(clone.resolve(adrPath)).exists();
    }
}
