package dev.verdict.chat;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.PreReadService;
import dev.verdict.publishing.PublicationService;
import dev.verdict.publishing.PublicationState;
import dev.verdict.review.DocReference;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * Chat webhooks against a local HTTP receiver (the JDK's HttpServer): each notice posts once to
 * the global webhooks and the repository's, in each product's JSON, with titles escaped; a
 * failing webhook is retried, a 429 waits its Retry-After, a 404 is given up and shown to the
 * admin; the URL appears in no log and on no page; only admins configure.
 */
@ExtendWith(OutputCaptureExtension.class)
class ChatWebhooksIT extends KaribuTest {

    /** The part of each webhook URL that stands for its token. */
    private static final String TOKEN = "T0CHAT/B0HOOK/xoxSecretToken" + UUID.randomUUID().toString().replace("-", "");
    private static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    ChatProperties properties;
    @Autowired
    ChatService chat;
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

    private HttpServer receiver;
    /** Requests per path: arrival time and body. */
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    /** Scripted answers per path, then 200. */
    private final Map<String, ConcurrentLinkedQueue<int[]>> script = new ConcurrentHashMap<>();
    private final List<ChatProperties.Webhook> savedGlobals = new ArrayList<>();
    private final List<UUID> addedWebhooks = new ArrayList<>();

    record Received(Instant at, String body) {
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.computeIfAbsent(path, p -> Collections.synchronizedList(new ArrayList<>())).add(new Received(Instant.now(), body));
            int[] answer = script.getOrDefault(path, new ConcurrentLinkedQueue<>()).poll();
            int status = answer == null ? 200 : answer[0];
            if (answer != null && answer.length > 1) {
                exchange.getResponseHeaders().add("Retry-After", String.valueOf(answer[1]));
            }
            byte[] reply = (status == 200 ? "ok" : status == 404 ? "no_service" : "try later").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        receiver.start();
        savedGlobals.addAll(properties.getWebhooks());
        properties.getWebhooks().clear();
        properties.setFirstRetry(Duration.ofMillis(300));
        properties.setMaxRetry(Duration.ofSeconds(1));
    }

    @AfterEach
    void stopReceiver() {
        properties.getWebhooks().clear();
        properties.getWebhooks().addAll(savedGlobals);
        properties.setFirstRetry(Duration.ofSeconds(30));
        properties.setMaxRetry(Duration.ofMinutes(15));
        addedWebhooks.forEach(id -> AsUser.run("admin", () -> chat.remove(id)));
        receiver.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path + "/" + TOKEN;
    }

    private void global(WebhookKind kind, String path) {
        properties.getWebhooks().add(new ChatProperties.Webhook(kind, url(path)));
    }

    private List<Received> bodies(String path, String tag) {
        return List.copyOf(received.getOrDefault(path + "/" + TOKEN, List.of())).stream()
                .filter(r -> r.body().contains(tag)).toList();
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void each_notice_posts_once_to_the_global_and_the_repository_webhooks_escaped_for_each_chat(CapturedOutput output) {
        global(WebhookKind.SLACK, "/global/slack");
        global(WebhookKind.TEAMS, "/global/teams");
        UUID demo = AsUser.call("admin", () -> chat.repositories().stream()
                .filter(r -> r.name().equals("Demo repository")).findFirst().orElseThrow().id());
        addedWebhooks.add(AsUser.call("admin", () -> chat.add(new NewWebhook(demo, WebhookKind.MATTERMOST, url("/repo/mattermost")))));
        String tag = tag();
        String title = "<script>alert(1)</script> *bold* <!channel> @channel " + tag;

        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview(title, null,
                new DocReference(demo, "docs/design/search-indexing.md", reviews.browse(demo).headCommit()), "bob", "alice",
                Set.of(), Set.of(), 30, null)));
        AsUser.run("mia", () -> preReads.open(review));
        AsUser.run("mia", () -> meetings.start(review));
        AsUser.run("mia", () -> decisions.close(review, CloseMeeting.of(Outcome.APPROVED, "Use a queue & <b>retry</b>",
                "Lag matters most", "alice", new AlternativeConsidered("Batch", "Load spikes"))));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                AsUser.call("mia", () -> publications.status(review)).state() == PublicationState.PUBLISHED);

        await().atMost(Duration.ofSeconds(30)).until(() -> bodies("/global/slack", tag).size() == 3
                && bodies("/global/teams", tag).size() == 3 && bodies("/repo/mattermost", tag).size() == 3);
        // Nothing more arrives: each once.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> bodies("/global/slack", tag).size() == 3
                && bodies("/repo/mattermost", tag).size() == 3);

        String base = "http://localhost:8080/reviews/" + review;
        List<String> slack = bodies("/global/slack", tag).stream().map(r -> JSON.readTree(r.body()).get("text").asString()).toList();
        assertThat(slack).hasSize(3).allSatisfy(text -> assertThat(text)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;!channel&gt;")
                .doesNotContain("<script>", "<!channel>", "*bold*"));
        assertThat(slack.get(0)).startsWith("*Pre-read opened*: <" + base + "/read|&lt;script&gt;");
        assertThat(slack.get(1)).startsWith("*Meeting starting*: <" + base + "|");
        assertThat(slack.get(2)).startsWith("*Decision published*: <" + base + "/publication|")
                .contains("*Outcome:* Approved", "*Decision:* Use a queue &amp; &lt;b&gt;retry&lt;/b&gt;");

        List<JsonNode> teams = bodies("/global/teams", tag).stream().map(r -> JSON.readTree(r.body())).toList();
        assertThat(teams).allSatisfy(message -> {
            assertThat(message.get("type").asString()).isEqualTo("message");
            JsonNode attachment = message.get("attachments").get(0);
            assertThat(attachment.get("contentType").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
            JsonNode card = attachment.get("content");
            assertThat(card.get("type").asString()).isEqualTo("AdaptiveCard");
            assertThat(card.get("body").get(1).get("text").asString())
                    .isEqualTo("\\<script\\>alert\\(1\\)\\</script\\> \\*bold\\* \\<\\!channel\\> @\u200Bchannel " + tag);
        });
        assertThat(teams.get(0).get("attachments").get(0).get("content").get("body").get(0).get("text").asString())
                .isEqualTo("Pre-read opened");
        assertThat(teams.get(1).get("attachments").get(0).get("content").get("actions").get(0).get("url").asString())
                .isEqualTo(base);
        assertThat(teams.get(2).get("attachments").get(0).get("content").get("body").get(3).get("text").asString())
                .isEqualTo("**Decision:** Use a queue \\& \\<b\\>retry\\</b\\>");

        List<String> mattermost = bodies("/repo/mattermost", tag).stream()
                .map(r -> JSON.readTree(r.body()).get("text").asString()).toList();
        assertThat(mattermost.get(0)).startsWith("**Pre-read opened**: [\\<script\\>alert\\(1\\)\\</script\\> \\*bold\\* "
                + "\\<\\!channel\\> @\u200Bchannel " + tag + "](" + base + "/read)");
        assertThat(mattermost.get(2)).contains("**Outcome:** Approved");

        // Only titles, outcome, decision and links: nothing of the doc, nothing of the rationale.
        assertThat(received.values().stream().flatMap(List::stream).map(Received::body))
                .noneMatch(b -> b.contains("Lag matters most") || b.contains("Search indexing pipeline"));
        assertThat(output.getAll()).doesNotContain(TOKEN).contains("delivered to 127.0.0.1");
    }

    @Test
    void a_webhook_answering_500_is_retried_and_delivered() {
        global(WebhookKind.SLACK, "/flaky");
        script.put("/flaky/" + TOKEN, new ConcurrentLinkedQueue<>(List.of(new int[] {500})));
        String tag = tag();

        UUID review = openPreRead("Flaky " + tag);

        await().atMost(Duration.ofSeconds(30)).until(() -> bodies("/flaky", tag).size() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> status(tag).state() == DeliveryStatus.State.DELIVERED);
        assertThat(status(tag).attempts()).isEqualTo(2);
        assertThat(status(tag).error()).isNull();
        assertThat(review).isNotNull();
    }

    @Test
    void a_webhook_answering_429_is_tried_again_only_after_its_retry_after() {
        global(WebhookKind.MATTERMOST, "/busy");
        script.put("/busy/" + TOKEN, new ConcurrentLinkedQueue<>(List.of(new int[] {429, 3})));
        String tag = tag();

        openPreRead("Busy " + tag);

        await().atMost(Duration.ofSeconds(30)).until(() -> bodies("/busy", tag).size() == 2);
        var times = bodies("/busy", tag);
        // The backoff here is 300 ms; the chat asked for 3 s.
        assertThat(Duration.between(times.get(0).at(), times.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(2900));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(tag).state() == DeliveryStatus.State.DELIVERED);
    }

    @Test
    void a_webhook_answering_404_is_given_up_and_the_admin_sees_why_without_the_url(CapturedOutput output) {
        global(WebhookKind.TEAMS, "/gone");
        script.put("/gone/" + TOKEN, new ConcurrentLinkedQueue<>(List.of(new int[] {404})));
        String tag = tag();

        openPreRead("Gone " + tag);

        await().atMost(Duration.ofSeconds(30)).until(() -> status(tag).state() == DeliveryStatus.State.FAILED);
        assertThat(status(tag).error()).isEqualTo(
                "The webhook at 127.0.0.1 answered 404: no_service: check the webhook's URL (it may have been deleted or revoked)");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> bodies("/gone", tag).size() == 1);

        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate("admin/chat");
        @SuppressWarnings("unchecked")
        Grid<DeliveryStatus> deliveries = _find(Grid.class, s -> s.withClasses("chat-deliveries")).getFirst();
        var row = deliveries.getGenericDataView().getItems().filter(d -> d.subject().contains(tag)).findFirst().orElseThrow();
        assertThat(row.state().label()).isEqualTo("given up");
        assertThat(row.webhook()).isEqualTo("global · 127.0.0.1");
        assertThat(page()).contains("Latest deliveries").contains("global · 127.0.0.1").doesNotContain(TOKEN);
        assertThat(AsUser.call("admin", () -> chat.webhooks())).extracting(WebhookSummary::host).contains("127.0.0.1");
        assertThat(AsUser.call("admin", () -> chat.webhooks()).toString()).doesNotContain(TOKEN);
        assertThat(output.getAll()).doesNotContain(TOKEN);
    }

    @Test
    void a_repository_webhook_is_shown_by_its_host_only_and_only_an_admin_adds_or_removes_one() {
        UUID demo = AsUser.call("admin", () -> chat.repositories().stream()
                .filter(r -> r.name().equals("Demo repository")).findFirst().orElseThrow().id());

        assertThatThrownBy(() -> AsUser.call("mia", () -> chat.add(new NewWebhook(demo, WebhookKind.SLACK, url("/mine")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("mia", () -> chat.deliveries())).isInstanceOf(AccessDeniedException.class);

        UUID id = AsUser.call("admin", () -> chat.add(new NewWebhook(demo, WebhookKind.SLACK, url("/mine"))));
        addedWebhooks.add(id);
        assertThatThrownBy(() -> AsUser.run("mia", () -> chat.remove(id))).isInstanceOf(AccessDeniedException.class);
        var shown = AsUser.call("admin", () -> chat.webhooks()).stream().filter(w -> id.equals(w.id())).findFirst().orElseThrow();
        assertThat(shown.repository()).isEqualTo("Demo repository");
        assertThat(shown.host()).isEqualTo("127.0.0.1");
        assertThat(shown.toString()).doesNotContain(TOKEN);

        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate("admin/chat");
        assertThat(page()).contains("Latest deliveries", "127.0.0.1 · configured").doesNotContain(TOKEN);
        @SuppressWarnings("unchecked")
        Grid<WebhookSummary> grid = _find(Grid.class, s -> s.withClasses("chat-webhooks")).getFirst();
        assertThat(grid.getGenericDataView().getItems().map(WebhookSummary::host)).contains("127.0.0.1");
    }

    /** What the page shows: its elements, and the text of every grid cell as rendered. */
    @SuppressWarnings("unchecked")
    private static String page() {
        var text = new StringBuilder();
        UI.getCurrent().getChildren().forEach(c -> text.append(c.getElement().getOuterHTML()));
        for (Grid<?> grid : _find(Grid.class)) {
            for (int row = 0; row < GridKt._size(grid); row++) {
                text.append('\n').append(String.join(" | ", GridKt._getFormattedRow((Grid<Object>) grid, row)));
            }
        }
        return text.toString();
    }

    private UUID openPreRead(String title) {
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview(title, TestDocs.READY, Set.of("alice"), Set.of(), 20)));
        AsUser.run("mia", () -> preReads.open(review));
        return review;
    }

    private DeliveryStatus status(String tag) {
        return AsUser.call("admin", () -> chat.deliveries()).stream().filter(d -> d.subject().contains(tag)).findFirst()
                .orElseThrow();
    }
}
