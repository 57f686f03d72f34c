package dev.verdict.tracker;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each tracker's adapter against a WireMock stub answering as its API documents: a ticket filed
 * with its owner and due date where the tracker has fields for them; an unknown owner left
 * unassigned and named in the body; a refused token (401) and a missing project (404) given up
 * with what to fix; a 429 retried after its Retry-After; a host that is down retried; and an item
 * whose ticket already carries the marker (a crash after the tracker created it) never filed twice.
 */
class IssueTrackersTest {

    private static final String TOKEN = "tkn-" + UUID.randomUUID();
    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    private WireMockServer stub;
    private final IssueTrackers trackers = new IssueTrackers(fastProperties(), Clock.systemUTC());

    private static TrackerProperties fastProperties() {
        var properties = new TrackerProperties();
        properties.setConnectTimeout(Duration.ofSeconds(2));
        properties.setRequestTimeout(Duration.ofSeconds(5));
        return properties;
    }

    @BeforeEach
    void start() {
        stub = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        stub.start();
    }

    @AfterEach
    void stop() {
        stub.stop();
    }

    /** One API's documented requests and answers, as far as filing goes. */
    record Api(String project, String findPath, String emptyFind, String userPath, String userFound, int userMissingStatus,
               String userMissing, String createPath, String created, String key, String urlPath) {

        static Api of(TrackerKind kind) {
            return switch (kind) {
                case GITHUB -> new Api("acme/widgets", "/repos/acme/widgets/issues", "[]",
                        "/repos/acme/widgets/assignees/mia", "", 404,
                        "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest/issues/assignees\"}",
                        "/repos/acme/widgets/issues",
                        "{\"id\":1,\"number\":42,\"state\":\"open\",\"title\":\"t\",\"html_url\":\"%s/acme/widgets/issues/42\"}",
                        "#42", "/acme/widgets/issues/42");
                case GITEA -> new Api("acme/widgets", "/api/v1/repos/acme/widgets/issues", "[]",
                        "/api/v1/users/mia", "{\"id\":3,\"login\":\"mia\",\"full_name\":\"Mia Moderator\"}", 404,
                        "{\"message\":\"user redirect does not exist [name: mia]\",\"url\":\"/api/swagger\"}",
                        "/api/v1/repos/acme/widgets/issues",
                        "{\"id\":9,\"number\":42,\"title\":\"t\",\"state\":\"open\",\"html_url\":\"%s/acme/widgets/issues/42\"}",
                        "#42", "/acme/widgets/issues/42");
                case GITLAB -> new Api("acme/widgets", "/api/v4/projects/acme%2Fwidgets/issues", "[]",
                        "/api/v4/users", "[{\"id\":7,\"username\":\"mia\",\"name\":\"Mia Moderator\",\"state\":\"active\"}]", 200, "[]",
                        "/api/v4/projects/acme%2Fwidgets/issues",
                        "{\"id\":84,\"iid\":42,\"project_id\":3,\"title\":\"t\",\"web_url\":\"%s/acme/widgets/-/issues/42\"}",
                        "#42", "/acme/widgets/-/issues/42");
                case JIRA_CLOUD -> new Api("ENG", "/rest/api/3/search/jql", "{\"issues\":[],\"isLast\":true}",
                        "/rest/api/3/user/search",
                        "[{\"accountId\":\"5b10a2844c20165700ede21g\",\"accountType\":\"atlassian\",\"displayName\":\"Mia Moderator\",\"active\":true}]",
                        200, "[]", "/rest/api/2/issue",
                        "{\"id\":\"10042\",\"key\":\"ENG-42\",\"self\":\"%s/rest/api/2/issue/10042\"}", "ENG-42", "/browse/ENG-42");
                case JIRA_DATA_CENTER -> new Api("ENG", "/rest/api/2/search",
                        "{\"startAt\":0,\"maxResults\":1,\"total\":0,\"issues\":[]}", "/rest/api/2/user/search",
                        "[{\"self\":\"x\",\"key\":\"JIRAUSER10100\",\"name\":\"mia\",\"displayName\":\"Mia Moderator\",\"active\":true}]",
                        200, "[]", "/rest/api/2/issue",
                        "{\"id\":\"10042\",\"key\":\"ENG-42\",\"self\":\"%s/rest/api/2/issue/10042\"}", "ENG-42", "/browse/ENG-42");
            };
        }

        boolean jira() {
            return key.startsWith("ENG");
        }
    }

    private IssueTracker open(TrackerKind kind) {
        return trackers.open(kind, stub.baseUrl(), Api.of(kind).project(), TOKEN);
    }

    private static IssueTracker.TicketRequest request(String owner) {
        return new IssueTracker.TicketRequest(UUID.randomUUID(), "Add a retry to the indexer",
                "Action item from the design review “Search indexing”.\n\nADR: https://example.com/adr", owner,
                "Mia Moderator", DUE, Instant.now());
    }

    /** The project exists (Jira is asked first) and nothing is filed for the item yet. */
    private void nothingFiledYet(Api api) {
        if (api.jira()) {
            stub.stubFor(get(urlPathEqualTo("/rest/api/2/project/ENG")).willReturn(okJson("{\"id\":\"10000\",\"key\":\"ENG\",\"name\":\"Engineering\"}")));
        }
        stub.stubFor(get(urlPathEqualTo(api.findPath())).willReturn(okJson(api.emptyFind())));
    }

    private void ownerKnown(Api api, boolean known) {
        MappingBuilder lookup = get(urlPathEqualTo(api.userPath()));
        if (known) {
            stub.stubFor(lookup.willReturn(api.userFound().isEmpty() ? aResponse().withStatus(204)
                    : okJson(api.userFound())));
        } else {
            stub.stubFor(lookup.willReturn(aResponse().withStatus(api.userMissingStatus())
                    .withHeader("Content-Type", "application/json").withBody(api.userMissing())));
        }
    }

    private void creates(Api api) {
        stub.stubFor(post(urlPathEqualTo(api.createPath())).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(api.created().formatted(stub.baseUrl()))));
    }

    @ParameterizedTest
    @EnumSource(TrackerKind.class)
    void a_ticket_is_filed_with_its_owner_due_date_links_and_marker(TrackerKind kind) throws TrackerFailure {
        Api api = Api.of(kind);
        nothingFiledYet(api);
        ownerKnown(api, true);
        creates(api);
        var request = request("mia");

        var filed = open(kind).file(request);

        assertThat(filed.key()).isEqualTo(api.key());
        assertThat(filed.url()).isEqualTo(stub.baseUrl() + api.urlPath());
        assertThat(filed.assigned()).isTrue();
        var created = stub.findAll(postRequestedFor(urlPathEqualTo(api.createPath())));
        assertThat(created).hasSize(1);
        String json = created.getFirst().getBodyAsString();
        switch (kind) {
            case GITHUB -> {
                stub.verify(postRequestedFor(urlPathEqualTo(api.createPath()))
                        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                        .withHeader("X-GitHub-Api-Version", equalTo("2022-11-28"))
                        .withRequestBody(matchingJsonPath("$.title", equalTo("Add a retry to the indexer")))
                        .withRequestBody(matchingJsonPath("$.assignees[0]", equalTo("mia"))));
                // GitHub has no due date: the body carries it.
                assertThat(json).contains("Due: 2026-12-15", "<!-- verdict-item:" + request.itemId() + " -->");
            }
            case GITEA -> {
                stub.verify(postRequestedFor(urlPathEqualTo(api.createPath()))
                        .withHeader("Authorization", equalTo("token " + TOKEN))
                        .withRequestBody(matchingJsonPath("$.assignees[0]", equalTo("mia")))
                        .withRequestBody(matchingJsonPath("$.due_date", equalTo("2026-12-15T00:00:00Z"))));
                assertThat(json).contains("<!-- verdict-item:" + request.itemId() + " -->").doesNotContain("Due:");
            }
            case GITLAB -> {
                stub.verify(postRequestedFor(urlPathEqualTo(api.createPath()))
                        .withHeader("PRIVATE-TOKEN", equalTo(TOKEN))
                        .withRequestBody(matchingJsonPath("$.assignee_ids[0]", equalTo("7")))
                        .withRequestBody(matchingJsonPath("$.due_date", equalTo("2026-12-15")))
                        .withRequestBody(matchingJsonPath("$.description")));
                stub.verify(getRequestedFor(urlPathEqualTo("/api/v4/users"))
                        .withQueryParam("username", equalTo("mia")));
                assertThat(json).contains("<!-- verdict-item:" + request.itemId() + " -->");
            }
            case JIRA_CLOUD, JIRA_DATA_CENTER -> {
                boolean cloud = kind == TrackerKind.JIRA_CLOUD;
                stub.verify(postRequestedFor(urlPathEqualTo(api.createPath()))
                        .withHeader("Authorization", cloud ? matching("Basic .+")
                                : equalTo("Bearer " + TOKEN))
                        .withRequestBody(matchingJsonPath("$.fields.project.key", equalTo("ENG")))
                        .withRequestBody(matchingJsonPath("$.fields.summary", equalTo("Add a retry to the indexer")))
                        .withRequestBody(matchingJsonPath("$.fields.issuetype.name", equalTo("Task")))
                        .withRequestBody(matchingJsonPath("$.fields.duedate", equalTo("2026-12-15")))
                        .withRequestBody(matchingJsonPath("$.fields.labels[0]", equalTo("verdict-item-" + request.itemId())))
                        .withRequestBody(matchingJsonPath(cloud ? "$.fields.assignee.accountId" : "$.fields.assignee.name",
                                equalTo(cloud ? "5b10a2844c20165700ede21g" : "mia"))));
            }
        }
        assertThat(json).contains("ADR: https://example.com/adr", "Owner: Mia Moderator (mia)").doesNotContain("unassigned");
    }

    @ParameterizedTest
    @EnumSource(TrackerKind.class)
    void an_owner_the_tracker_does_not_know_leaves_the_ticket_unassigned_and_named_in_its_body(TrackerKind kind)
            throws TrackerFailure {
        Api api = Api.of(kind);
        nothingFiledYet(api);
        ownerKnown(api, false);
        creates(api);

        var filed = open(kind).file(request("mia"));

        assertThat(filed.assigned()).isFalse();
        String json = stub.findAll(postRequestedFor(urlPathEqualTo(api.createPath()))).getFirst().getBodyAsString();
        assertThat(json).contains("Owner: Mia Moderator (mia) (not found in ").contains("left unassigned")
                .doesNotContain("assignee");
    }

    @ParameterizedTest
    @EnumSource(TrackerKind.class)
    void a_refused_token_is_given_up_with_what_to_fix_and_without_the_token(TrackerKind kind) {
        stub.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Bad credentials " + TOKEN + "\"}")));

        assertThatThrownBy(() -> open(kind).file(request("mia"))).isInstanceOfSatisfying(TrackerFailure.class, f -> {
            assertThat(f.giveUp()).isTrue();
            assertThat(f.getMessage()).isEqualTo(kind.label() + " at " + IssueTrackers.host(stub.baseUrl())
                    + " refused the token (401): check that it is valid, not expired, and has the access the Trackers page"
                    + " names, then retry").doesNotContain(TOKEN);
        });
        assertThat(stub.findAll(postRequestedFor(anyUrl()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TrackerKind.class)
    void a_missing_project_is_given_up_naming_the_project(TrackerKind kind) {
        stub.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Not Found\"}")));

        assertThatThrownBy(() -> open(kind).file(request("mia"))).isInstanceOfSatisfying(TrackerFailure.class, f -> {
            assertThat(f.giveUp()).isTrue();
            assertThat(f.getMessage()).contains("answered 404: there is no project " + Api.of(kind).project()
                    + " there, or the token cannot see it");
        });
        assertThat(stub.findAll(postRequestedFor(anyUrl()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TrackerKind.class)
    void too_many_requests_is_retried_after_the_wait_the_tracker_asked_for(TrackerKind kind) {
        stub.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));

        assertThatThrownBy(() -> open(kind).file(request("mia"))).isInstanceOfSatisfying(TrackerFailure.class, f -> {
            assertThat(f.giveUp()).isFalse();
            assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(7));
            assertThat(f.getMessage()).endsWith("answered 429 (too many requests)");
        });
    }

    @ParameterizedTest
    @EnumSource(TrackerKind.class)
    void a_tracker_that_is_down_is_retried(TrackerKind kind) throws IOException {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var down = trackers.open(kind, "http://127.0.0.1:" + closed, Api.of(kind).project(), TOKEN);

        assertThatThrownBy(() -> down.file(request("mia"))).isInstanceOfSatisfying(TrackerFailure.class, f -> {
            assertThat(f.giveUp()).isFalse();
            assertThat(f.retryAfter()).isNull();
            assertThat(f.getMessage()).startsWith("Could not reach " + kind.label() + " at 127.0.0.1:" + closed + ": ");
        });
    }

    @ParameterizedTest
    @EnumSource(TrackerKind.class)
    void a_ticket_the_tracker_created_before_a_crash_is_found_by_its_marker_and_not_filed_again(TrackerKind kind)
            throws TrackerFailure {
        Api api = Api.of(kind);
        var request = request("mia");
        if (api.jira()) {
            stub.stubFor(get(urlPathEqualTo("/rest/api/2/project/ENG")).willReturn(okJson("{\"id\":\"10000\",\"key\":\"ENG\"}")));
        }
        // Before the crash: nothing filed; the create succeeds, and from then on the list shows the ticket.
        stub.stubFor(get(urlPathEqualTo(api.findPath())).inScenario("crash").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(api.emptyFind())));
        stub.stubFor(get(urlPathEqualTo(api.findPath())).inScenario("crash").whenScenarioStateIs("created")
                .willReturn(okJson(existing(kind, request))));
        stub.stubFor(post(urlPathEqualTo(api.createPath())).inScenario("crash").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("created").willReturn(aResponse().withStatus(201)
                        .withHeader("Content-Type", "application/json").withBody(api.created().formatted(stub.baseUrl()))));
        ownerKnown(api, true);
        IssueTracker tracker = open(kind);

        tracker.file(request); // the process dies here, before the outbox row records the ticket
        var afterRestart = tracker.file(request);

        assertThat(stub.findAll(postRequestedFor(urlPathEqualTo(api.createPath())))).hasSize(1);
        assertThat(afterRestart.key()).isEqualTo(api.key());
        assertThat(afterRestart.url()).isEqualTo(stub.baseUrl() + api.urlPath());
    }

    /** The tracker's list (or JQL search) answer holding the ticket filed for this item, as each API shapes it. */
    private String existing(TrackerKind kind, IssueTracker.TicketRequest request) {
        String body = "Action item …\\n\\n" + request.marker() + "\\n";
        String base = stub.baseUrl();
        return switch (kind) {
            case GITHUB -> "[{\"number\":41,\"html_url\":\"" + base + "/acme/widgets/issues/41\",\"body\":\"other\"},"
                    + "{\"number\":42,\"html_url\":\"" + base + "/acme/widgets/issues/42\",\"body\":\"" + body + "\"}]";
            case GITEA -> "[{\"number\":42,\"html_url\":\"" + base + "/acme/widgets/issues/42\",\"body\":\"" + body + "\"}]";
            case GITLAB -> "[{\"iid\":42,\"web_url\":\"" + base + "/acme/widgets/-/issues/42\",\"description\":\"" + body + "\"}]";
            case JIRA_CLOUD -> "{\"issues\":[{\"id\":\"10042\",\"key\":\"ENG-42\"}],\"isLast\":true}";
            case JIRA_DATA_CENTER -> "{\"startAt\":0,\"maxResults\":1,\"total\":1,\"issues\":[{\"id\":\"10042\",\"key\":\"ENG-42\"}]}";
        };
    }
}
