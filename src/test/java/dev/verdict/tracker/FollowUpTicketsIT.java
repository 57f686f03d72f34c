package dev.verdict.tracker;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.CaptureDetails;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.Disposition;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.PreReadService;
import dev.verdict.publishing.PublicationService;
import dev.verdict.publishing.PublicationState;
import dev.verdict.repository.RepositorySummary;
import dev.verdict.review.DocReference;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real review closed and published into the demo repository, its repository's tracker a
 * WireMock stub of GitHub's Issues API: one ticket per action item and per parked item disposed
 * as a follow-up action or a separate design doc, the links on the publication page and in My
 * follow-ups; a refused token never holds up the publication and is retried once fixed; a ticket
 * the tracker already holds (its marker found) is recorded, not filed again.
 */
@ExtendWith(OutputCaptureExtension.class)
class FollowUpTicketsIT extends KaribuTest {

    private static final String TOKEN = "ghp_" + UUID.randomUUID().toString().replace("-", "");
    private static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    TrackerService trackers;
    @Autowired
    TrackerProperties properties;
    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preReads;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    PublicationService publications;

    private WireMockServer stub;
    private UUID demo;

    @BeforeEach
    void startTracker() {
        stub = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        stub.start();
        properties.setFirstRetry(Duration.ofMillis(300));
        properties.setMaxRetry(Duration.ofSeconds(1));
        demo = AsUser.call("admin", () -> trackers.repositories().stream()
                .filter(r -> r.name().equals("Demo repository")).findFirst().orElseThrow().id());
        removeDemoTracker();
    }

    @AfterEach
    void stopTracker() {
        removeDemoTracker();
        properties.setFirstRetry(Duration.ofSeconds(30));
        properties.setMaxRetry(Duration.ofMinutes(15));
        stub.stop();
    }

    private void removeDemoTracker() {
        AsUser.call("admin", () -> trackers.trackers()).stream().filter(t -> t.repository().equals("Demo repository"))
                .forEach(t -> AsUser.run("admin", () -> trackers.remove(t.id())));
    }

    private void addGitHubTracker() {
        AsUser.call("admin", () -> trackers.add(new NewTracker(demo, TrackerKind.GITHUB, stub.baseUrl(), "acme/widgets", TOKEN)));
    }

    /** GitHub as documented: nothing filed yet, alice assignable, bob not, each create answering 201 with a fresh number. */
    private void gitHubFiles() {
        stub.stubFor(get(urlPathEqualTo("/repos/acme/widgets/issues")).willReturn(okJson("[]")));
        stub.stubFor(get(urlPathEqualTo("/repos/acme/widgets/assignees/alice")).willReturn(aResponse().withStatus(204)));
        stub.stubFor(get(urlPathMatching("/repos/acme/widgets/assignees/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Not Found\"}")));
        stub.stubFor(post(urlPathEqualTo("/repos/acme/widgets/issues")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{{#assign 'n'}}{{randomInt lower=100 upper=999999}}{{/assign}}"
                        + "{\"id\":{{n}},\"number\":{{n}},\"state\":\"open\",\"html_url\":\"" + stub.baseUrl()
                        + "/acme/widgets/issues/{{n}}\"}")
                .withTransformers("response-template")));
    }

    private List<JsonNode> created(String tag) {
        return stub.findAll(postRequestedFor(urlPathEqualTo("/repos/acme/widgets/issues"))).stream()
                .map(LoggedRequest::getBodyAsString).filter(b -> b.contains(tag)).map(JSON::readTree).toList();
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A review of the demo repository's doc, its meeting running, mia moderating, bob the author, alice deciding. */
    private UUID runningReview(String title) {
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview(title, null,
                new DocReference(demo, "docs/design/search-indexing.md", reviews.browse(demo).headCommit()), "bob", "alice",
                Set.of(), Set.of(), 30, null, null)));
        AsUser.run("mia", () -> preReads.open(review));
        AsUser.run("mia", () -> meetings.start(review));
        return review;
    }

    private void closeAndAwaitPublication(UUID review) {
        AsUser.run("mia", () -> decisions.close(review, CloseMeeting.of(Outcome.APPROVED, "Use a queue",
                "Lag matters most", "alice", new AlternativeConsidered("Batch", "Load spikes"))));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                AsUser.call("mia", () -> publications.status(review)).state() == PublicationState.PUBLISHED);
    }

    private List<TicketStatus> tickets(UUID review) {
        return AsUser.call("mia", () -> trackers.tickets(review));
    }

    @Test
    void each_follow_up_item_becomes_one_ticket_linked_on_the_publication_page_and_in_my_follow_ups(CapturedOutput output) {
        gitHubFiles();
        addGitHubTracker();
        String tag = tag();
        UUID review = runningReview("Search indexing " + tag);
        LocalDate due = LocalDate.now().plusDays(14);
        UUID aliceAction = AsUser.call("mia", () -> meetings.capture(review, CaptureKind.ACTION,
                CaptureDetails.action("Add a retry to the indexer " + tag, "alice", due)));
        AsUser.call("mia", () -> meetings.capture(review, CaptureKind.ACTION,
                CaptureDetails.action("Measure the indexing lag " + tag, "bob", due.plusDays(7))));
        UUID followUp = AsUser.call("mia", () -> meetings.park(review, "Reindex on schema change " + tag));
        UUID designDoc = AsUser.call("mia", () -> meetings.park(review, "Multi-region indexes " + tag));
        UUID dropped = AsUser.call("mia", () -> meetings.park(review, "A second search engine " + tag));
        AsUser.run("mia", () -> meetings.dispose(review, followUp, Disposition.FOLLOW_UP_ACTION, "Before GA"));
        AsUser.run("mia", () -> meetings.dispose(review, designDoc, Disposition.SEPARATE_DESIGN_DOC, null));
        AsUser.run("mia", () -> meetings.dispose(review, dropped, Disposition.DROPPED, "Not needed"));

        closeAndAwaitPublication(review);

        await().atMost(Duration.ofSeconds(30)).until(() -> tickets(review).size() == 4
                && tickets(review).stream().allMatch(t -> t.state() == TicketStatus.State.FILED));
        // Nothing more is filed: one ticket per item.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> created(tag).size() == 4);
        List<JsonNode> issues = created(tag);
        assertThat(issues).extracting(i -> i.get("title").asString()).containsExactlyInAnyOrder(
                "Add a retry to the indexer " + tag, "Measure the indexing lag " + tag, "Reindex on schema change " + tag,
                "Multi-region indexes " + tag);
        JsonNode alices = issues.stream().filter(i -> i.get("title").asString().startsWith("Add a retry")).findFirst().orElseThrow();
        assertThat(alices.get("assignees").get(0).asString()).isEqualTo("alice");
        assertThat(alices.get("body").asString())
                .contains("Action item from the design review “Search indexing " + tag + "”", "Due: " + due,
                        "In Verdict: http://localhost:8080/reviews/" + review + "/publication", "ADR: ", "Meeting summary: ",
                        "<!-- verdict-item:" + aliceAction + " -->");
        JsonNode bobs = issues.stream().filter(i -> i.get("title").asString().startsWith("Measure")).findFirst().orElseThrow();
        assertThat(bobs.has("assignees")).isFalse();
        assertThat(bobs.get("body").asString()).contains("(bob) (not found in GitHub: left unassigned)");
        JsonNode parked = issues.stream().filter(i -> i.get("title").asString().startsWith("Reindex")).findFirst().orElseThrow();
        assertThat(parked.get("body").asString()).contains("disposed as follow-up action: Before GA");

        loginAs("mia");
        UI.getCurrent().navigate("reviews/" + review + "/publication");
        List<Anchor> links = _find(Anchor.class, s -> s.withClasses("ticket-link"));
        assertThat(links).hasSize(4).allSatisfy(a -> assertThat(a.getHref()).startsWith(stub.baseUrl() + "/acme/widgets/issues/"));
        assertThat(links).extracting(Anchor::getText).allSatisfy(text -> assertThat(text).matches("#\\d+"));

        loginAs("alice");
        UI.getCurrent().navigate("follow-ups");
        String aliceUrl = tickets(review).stream().filter(t -> t.itemId().equals(aliceAction)).findFirst().orElseThrow().url();
        assertThat(_find(Anchor.class, s -> s.withClasses("ticket-link"))).extracting(Anchor::getHref).contains(aliceUrl);
        assertThat(output.getAll()).doesNotContain(TOKEN);
    }

    @Test
    void a_refused_token_never_holds_up_the_publication_and_a_moderator_retries_once_it_is_fixed() {
        stub.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Bad credentials\"}")));
        addGitHubTracker();
        String tag = tag();
        UUID review = runningReview("Refused " + tag);
        AsUser.call("mia", () -> meetings.capture(review, CaptureKind.ACTION,
                CaptureDetails.action("Rotate the keys " + tag, "alice", LocalDate.now().plusDays(3))));

        closeAndAwaitPublication(review);

        await().atMost(Duration.ofSeconds(30)).until(() -> tickets(review).size() == 1
                && tickets(review).getFirst().state() == TicketStatus.State.FAILED);
        TicketStatus refused = tickets(review).getFirst();
        assertThat(refused.error()).isEqualTo("GitHub Issues at " + IssueTrackers.host(stub.baseUrl()) + " refused the token"
                + " (401): check that it is valid, not expired, and has the access the Trackers page names, then retry");
        assertThat(refused.mayRetry()).isTrue();
        assertThat(AsUser.call("alice", () -> trackers.tickets(review)).getFirst().mayRetry()).isFalse();
        assertThatThrownBy(() -> AsUser.run("alice", () -> trackers.retry(review, refused.id()))).isInstanceOf(AccessDeniedException.class);

        stub.resetAll();
        gitHubFiles();
        AsUser.run("mia", () -> trackers.retry(review, refused.id()));

        await().atMost(Duration.ofSeconds(30)).until(() -> tickets(review).getFirst().state() == TicketStatus.State.FILED);
        assertThat(created(tag)).hasSize(1);
        assertThat(tickets(review).getFirst().url()).startsWith(stub.baseUrl() + "/acme/widgets/issues/");
    }

    @Test
    void a_ticket_the_tracker_already_holds_is_recorded_and_not_filed_again() {
        String tag = tag();
        UUID review = runningReview("Crashed before recording " + tag);
        UUID action = AsUser.call("mia", () -> meetings.capture(review, CaptureKind.ACTION,
                CaptureDetails.action("Write the runbook " + tag, "alice", LocalDate.now().plusDays(3))));
        // As if an earlier attempt filed #7 and the process died before the outbox row said so.
        gitHubFiles();
        stub.stubFor(get(urlPathEqualTo("/repos/acme/widgets/issues")).atPriority(1).willReturn(okJson(
                "[{\"number\":7,\"html_url\":\"" + stub.baseUrl() + "/acme/widgets/issues/7\",\"body\":\"Action item\\n\\n"
                        + "<!-- verdict-item:" + action + " -->\\n\"}]")));
        addGitHubTracker();

        closeAndAwaitPublication(review);

        await().atMost(Duration.ofSeconds(30)).until(() -> tickets(review).size() == 1
                && tickets(review).getFirst().state() == TicketStatus.State.FILED);
        assertThat(tickets(review).getFirst().key()).isEqualTo("#7");
        assertThat(tickets(review).getFirst().url()).isEqualTo(stub.baseUrl() + "/acme/widgets/issues/7");
        assertThat(created(tag)).isEmpty();
    }

    @Test
    void an_admin_adds_a_tracker_on_the_page_sees_only_its_host_and_project_and_nobody_else_may(CapturedOutput output) {
        assertThatThrownBy(() -> AsUser.call("mia", () -> trackers.add(new NewTracker(demo, TrackerKind.JIRA_CLOUD,
                "https://acme.atlassian.net", "ENG", "mia@example.com:" + TOKEN)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("mia", () -> trackers.latest())).isInstanceOf(AccessDeniedException.class);

        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate("admin/trackers");
        @SuppressWarnings("unchecked")
        var repository = (Select<RepositorySummary>)
                _find(Select.class, s -> s.withLabel("Repository")).getFirst();
        repository.setValue(repository.getGenericDataView().getItems().filter(r -> r.name().equals("Demo repository"))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        var kind = (Select<TrackerKind>)
                _find(Select.class, s -> s.withLabel("Tracker")).getFirst();
        kind.setValue(TrackerKind.JIRA_CLOUD);
        _find(TextField.class, s -> s.withLabel("Base URL")).getFirst()
                .setValue("https://acme.atlassian.net/");
        _find(TextField.class, s -> s.withLabel("Project")).getFirst().setValue("ENG");
        var token = _find(PasswordField.class, s -> s.withLabel("Token")).getFirst();
        assertThat(token.getHelperText()).contains("email:token");
        token.setValue("mia@example.com:" + TOKEN);
        _find(Button.class, s -> s.withText("Add tracker")).getFirst().click();

        assertThat(token.getValue()).isEmpty();
        @SuppressWarnings("unchecked")
        var grid = (Grid<TrackerSummary>)
                _find(Grid.class, s -> s.withClasses("trackers")).getFirst();
        var shown = grid.getGenericDataView().getItems().filter(t -> t.repository().equals("Demo repository"))
                .findFirst().orElseThrow();
        assertThat(shown.kind()).isEqualTo(TrackerKind.JIRA_CLOUD);
        assertThat(shown.host()).isEqualTo("acme.atlassian.net");
        assertThat(shown.project()).isEqualTo("ENG");
        assertThat(shown.toString()).doesNotContain(TOKEN);
        // A second tracker for the same repository is refused with the reason.
        assertThatThrownBy(() -> AsUser.call("admin", () -> trackers.add(new NewTracker(demo, TrackerKind.GITHUB,
                "https://api.github.com", "acme/widgets", TOKEN)))).hasMessage("Demo repository already has a tracker: remove it first");
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain(TOKEN);
        assertThat(output.getAll()).doesNotContain(TOKEN);
    }
}
