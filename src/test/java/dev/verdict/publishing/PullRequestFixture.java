package dev.verdict.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.verdict.AsUser;
import dev.verdict.CommandLine;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.MeetingService;
import dev.verdict.repository.CodeHostKind;
import dev.verdict.repository.CodeHostSettings;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.PublishMode;
import dev.verdict.repository.RepositoryService;
import dev.verdict.review.DocReference;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

/**
 * A repository connected in pull-request mode (a real bare repository in a temporary folder) whose
 * host API is a WireMock stub of GitHub's, and reviews decided from a doc in it.
 */
public record PullRequestFixture(RepositoryService repositories, ReviewService reviews, MeetingService meetings,
                                 DecisionService decisions) {

    public static final String TOKEN = "ghp-fixture-token-51d0";
    public static final String DOC = "docs/design/cache-pages.md";

    /** A bare repository (branch main) with one design doc, connected in pull-request mode, host API on the stub. */
    public UUID connect(Path temp, WireMockServer host, String project) {
        try {
            Path bare = temp.resolve("team-" + UUID.randomUUID() + ".git");
            CommandLine.git(temp, "init", "-q", "--bare", "-b", "main", bare.toString());
            Path work = CommandLine.cloneOf(bare, temp.resolve("work-" + UUID.randomUUID()));
            Files.createDirectories(work.resolve("docs/design"));
            Files.writeString(work.resolve(DOC), TestDocs.READY);
            CommandLine.git(work, "add", "-A");
            CommandLine.git(work, "-c", "user.name=Fixture", "-c", "user.email=fixture@example.com", "commit", "-q", "-m", "Design doc");
            CommandLine.git(work, "push", "-q", "origin", "HEAD:main");
            String name = "pr-" + UUID.randomUUID().toString().substring(0, 8);
            UUID repository = AsUser.call("admin", () -> repositories.connect(new NewRepository(name, bare.toString(), "main",
                    null, null, null, null, null, PublishMode.PULL_REQUEST)));
            AsUser.run("admin", () -> repositories.configureCodeHost(repository,
                    new CodeHostSettings(CodeHostKind.GITHUB, host.baseUrl(), project, TOKEN)));
            return repository;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A review of the repository's doc (mia moderates, alice decides), its meeting started. */
    public UUID review(UUID repository, String title) {
        return AsUser.call("mia", () -> {
            String head = reviews.browse(repository).headCommit();
            UUID id = reviews.open(new NewReview(title, null, new DocReference(repository, DOC, head), "bob", "alice",
                    Set.of(), Set.of(), 30, null));
            meetings.start(id);
            return id;
        });
    }

    public void decide(UUID review) {
        AsUser.run("mia", () -> decisions.close(review, CloseMeeting.of(Outcome.APPROVED, "Cache pages for five minutes",
                "Pages are slow", "alice", new AlternativeConsidered("No cache", "Too slow"))));
    }

    /** The branch Verdict pushes a review's decision to in pull-request mode. */
    public static String branch(String title, UUID review) {
        return "design-review/" + Slugs.of(title) + "-" + review.toString().substring(0, 8);
    }

    /** GitHub's answers for a project where alice collaborates and no pull request is open yet: the next one is #number. */
    public static void stubGitHub(WireMockServer host, String project, long number) {
        String repo = "/repos/" + project;
        host.stubFor(get(urlPathEqualTo(repo + "/pulls")).willReturn(okJson("[]")));
        host.stubFor(get(urlPathEqualTo(repo + "/collaborators/alice")).willReturn(aResponse().withStatus(204)));
        host.stubFor(post(urlPathEqualTo(repo + "/pulls")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(pull(project, number, "open", false))));
        host.stubFor(post(urlPathEqualTo(repo + "/pulls/" + number + "/requested_reviewers")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"number\": " + number + "}")));
        host.stubFor(get(urlPathEqualTo(repo + "/pulls/" + number)).willReturn(okJson(pull(project, number, "open", false))));
    }

    public static String pull(String project, long number, String state, boolean merged) {
        return """
                {"number": %d, "state": "%s", "merged": %s, "merged_at": %s,
                 "html_url": "https://github.com/%s/pull/%d", "head": {"ref": "x"}, "base": {"ref": "main"}}"""
                .formatted(number, state, merged, merged ? "\"2026-12-01T11:00:00Z\"" : "null", project, number);
    }
}
