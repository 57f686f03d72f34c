package dev.verdict.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.decision.DecisionService;
import dev.verdict.meeting.MeetingService;
import dev.verdict.repository.RepositoryService;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ReviewStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A real review published to a bare git repository in pull-request mode, the host's API a WireMock
 * stub of GitHub's: one pull request with the decision's title, the summary as body and the
 * decision maker asked to review, linked on the publication page, published once merged.
 */
class PullRequestPublishingIT extends KaribuTest {

    static WireMockServer host;

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

    PullRequestFixture fixture;

    @BeforeAll
    static void startHost() {
        host = new WireMockServer(options().dynamicPort());
        host.start();
    }

    @AfterAll
    static void stopHost() {
        host.stop();
    }

    @BeforeEach
    void fixture() {
        fixture = new PullRequestFixture(repositories, reviews, meetings, decisions);
    }

    @Test
    void a_decision_opens_one_pull_request_linked_on_its_page_and_reads_published_once_merged() {
        String project = "acme/shop-" + UUID.randomUUID().toString().substring(0, 6);
        PullRequestFixture.stubGitHub(host, project, 17);
        UUID repository = fixture.connect(temp, host, project);
        UUID review = fixture.review(repository, "Cache product pages");
        fixture.decide(review);

        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review + "/publication");
        awaitOnPage(() -> !_find(Anchor.class, s -> s.withClasses("pull-request-link")).isEmpty());

        var link = _get(Anchor.class, s -> s.withClasses("pull-request-link"));
        assertThat(link.getText()).isEqualTo("Pull request #17");
        assertThat(link.getHref()).isEqualTo("https://github.com/" + project + "/pull/17");
        assertThat(_get(Span.class, s -> s.withClasses("pull-request-state")).getText()).isEqualTo("open");
        assertThat(_get(Paragraph.class, s -> s.withClasses("pull-request-reviewer")).getText())
                .isEqualTo("Review requested from alice, the decision maker.");
        host.verify(1, postRequestedFor(urlPathEqualTo("/repos/" + project + "/pulls"))
                .withHeader("Authorization", equalTo("Bearer " + PullRequestFixture.TOKEN))
                .withRequestBody(matchingJsonPath("$.title", equalTo("Design review decision: Cache product pages (Approved)")))
                .withRequestBody(matchingJsonPath("$.head", equalTo(PullRequestFixture.branch("Cache product pages", review))))
                .withRequestBody(matchingJsonPath("$.base", equalTo("main")))
                .withRequestBody(matchingJsonPath("$.body", containing("# Design review: Cache product pages")))
                .withRequestBody(matchingJsonPath("$.body", containing("Cache pages for five minutes")))
                .withRequestBody(matchingJsonPath("$.body", containing("Review requested from `alice`, the decision maker."))));
        host.verify(postRequestedFor(urlPathEqualTo("/repos/" + project + "/pulls/17/requested_reviewers"))
                .withRequestBody(equalToJson("{\"reviewers\": [\"alice\"]}")));
        assertThat(statusInHistory(review)).isEqualTo(ReviewStatus.WAITING_TO_PUBLISH);

        host.stubFor(get(urlPathEqualTo("/repos/" + project + "/pulls/17"))
                .willReturn(okJson(PullRequestFixture.pull(project, 17, "closed", true))));
        // Opening the page asks the host again.
        UI.getCurrent().navigate("reviews/" + review + "/publication");
        awaitOnPage(() -> _find(Span.class, s -> s.withClasses("pull-request-state")).stream()
                .anyMatch(state -> state.getText().equals("merged")));
        assertThat(statusInHistory(review)).isEqualTo(ReviewStatus.PUBLISHED);
        host.verify(1, postRequestedFor(urlPathEqualTo("/repos/" + project + "/pulls")));
    }

    @Test
    void an_open_pull_request_for_the_branch_is_taken_and_no_second_one_is_opened() {
        String project = "acme/existing-" + UUID.randomUUID().toString().substring(0, 6);
        PullRequestFixture.stubGitHub(host, project, 5);
        UUID repository = fixture.connect(temp, host, project);
        UUID review = fixture.review(repository, "Queue choice");
        String branch = PullRequestFixture.branch("Queue choice", review);
        host.stubFor(get(urlPathEqualTo("/repos/" + project + "/pulls")).withQueryParam("head", equalTo("acme:" + branch))
                .willReturn(okJson("[" + PullRequestFixture.pull(project, 4, "open", false)
                        .replace("\"ref\": \"x\"", "\"ref\": \"" + branch + "\"") + "]")));
        fixture.decide(review);

        await().atMost(Duration.ofSeconds(60)).until(() -> pullRequestOf(review) != null
                && pullRequestOf(review).state() == PullRequestState.OPEN);
        assertThat(pullRequestOf(review).number()).isEqualTo(4L);
        assertThat(pullRequestOf(review).url()).isEqualTo("https://github.com/" + project + "/pull/4");
        host.verify(0, postRequestedFor(urlPathEqualTo("/repos/" + project + "/pulls")));
    }

    @Test
    void while_the_host_api_is_down_the_page_says_pushed_pull_request_pending_and_retry_opens_it() {
        String project = "acme/down-" + UUID.randomUUID().toString().substring(0, 6);
        host.stubFor(get(urlPathEqualTo("/repos/" + project + "/pulls")).willReturn(aResponse().withStatus(503)));
        UUID repository = fixture.connect(temp, host, project);
        UUID review = fixture.review(repository, "Search indexing");
        fixture.decide(review);

        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review + "/publication");
        awaitOnPage(() -> !_find(Paragraph.class, s -> s.withClasses("pull-request-pending")).isEmpty());
        assertThat(_get(Paragraph.class, s -> s.withClasses("pull-request-pending")).getText())
                .matches("Pushed, pull request pending \\(attempt 1, next at \\d\\d:\\d\\d:\\d\\d\\)\\. The commit is on the branch;"
                        + " Verdict keeps trying to open the pull request\\.");
        assertThat(_get(Span.class, s -> s.withClasses("publication-problem")).getText())
                .isEqualTo("GitHub answered 503 while trying to list open pull requests");
        assertThat(AsUser.call("mia", () -> publications.status(review)).state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(statusInHistory(review)).isEqualTo(ReviewStatus.WAITING_TO_PUBLISH);

        PullRequestFixture.stubGitHub(host, project, 3);
        _click(_get(Button.class, s -> s.withText("Retry")));
        awaitOnPage(() -> !_find(Anchor.class, s -> s.withClasses("pull-request-link")).isEmpty());
        assertThat(_get(Anchor.class, s -> s.withClasses("pull-request-link")).getText()).isEqualTo("Pull request #3");
    }

    @Test
    void only_a_moderator_may_retry_and_only_a_member_may_ask_for_the_state() {
        String project = "acme/rights-" + UUID.randomUUID().toString().substring(0, 6);
        host.stubFor(get(urlPathEqualTo("/repos/" + project + "/pulls")).willReturn(aResponse().withStatus(401)));
        UUID repository = fixture.connect(temp, host, project);
        UUID review = fixture.review(repository, "Rights");
        fixture.decide(review);
        await().atMost(Duration.ofSeconds(60)).until(() -> pullRequestOf(review) != null && pullRequestOf(review).attempts() > 0);
        assertThat(pullRequestOf(review).problem()).contains("GitHub refused the API token (401)").doesNotContain(PullRequestFixture.TOKEN);
        assertThat(AsUser.call("alice", () -> publications.status(review)).pullRequest().mayRetry()).isFalse();
        assertThat(AsUser.call("mia", () -> publications.status(review)).pullRequest().mayRetry()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AsUser.run("alice", () -> publications.retryPullRequest(review)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AsUser.run("olga", () -> publications.checkPullRequest(review)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private PublicationStatus.PullRequestStatus pullRequestOf(UUID review) {
        return AsUser.call("mia", () -> publications.status(review)).pullRequest();
    }

    private ReviewStatus statusInHistory(UUID review) {
        return AsUser.call("mia", () -> reviews.history()).stream().filter(r -> r.id().equals(review)).findFirst()
                .orElseThrow().status();
    }

    private static void awaitOnPage(BooleanSupplier shown) {
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue();
            return shown.getAsBoolean();
        });
    }
}
