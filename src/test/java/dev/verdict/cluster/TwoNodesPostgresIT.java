package dev.verdict.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.verdict.Application;
import dev.verdict.AsUser;
import dev.verdict.Browser;
import dev.verdict.CommandLine;
import dev.verdict.LocalPostgres;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.identity.Person;
import dev.verdict.meeting.MeetingService;
import dev.verdict.meeting.RoomFeed;
import dev.verdict.meeting.RoomState;
import dev.verdict.preread.NotificationService;
import dev.verdict.preread.PreReadFeed;
import dev.verdict.preread.PreReadService;
import dev.verdict.publishing.PublicationService;
import dev.verdict.publishing.PublicationState;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Verdict nodes in one JVM (each its own Spring context, web server on a random port, data
 * folder and search index) on one fresh database of the real PostgreSQL at 127.0.0.1:5432, as
 * behind a load balancer with sticky sessions: what one node commits reaches the other's screens,
 * presence counts both, decisions reach git once, scheduled work runs once, and a node that stops
 * leaves the meeting to the other. The node that stops (the one the browser is on, behind HAProxy) does so last ({@link Order}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesPostgresIT {

    private static final String DATABASE = "verdict_two_nodes";
    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    @TempDir
    static Path data;

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoNodes() {
        LocalPostgres.freshDatabase(DATABASE);
        OnceAcrossNodesJob.RUNS.clear();
        // One after the other: the first migrates the database and creates the shared git remote.
        a = node("node-a");
        b = node("node-b");
        await().atMost(Duration.ofSeconds(20)).until(() -> listening(a) && listening(b));
    }

    static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(Application.class, OnceAcrossNodesJob.class).profiles("postgres").run(
                "--server.port=0", "--spring.main.banner-mode=off", "--spring.jmx.enabled=false",
                "--verdict.data-dir=" + data.resolve(name),
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--verdict.secret-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "--verdict.git.remote=" + data.resolve("remote.git"), "--verdict.git.create-demo=true",
                "--verdict.cluster.node-id=" + name);
    }

    @AfterAll
    static void stopNodes() {
        for (var node : new ConfigurableApplicationContext[] {b, a}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void a_risk_captured_on_node_a_appears_in_the_room_page_served_by_node_b() {
        UUID id = reviewStartedOn(a, "Risk across nodes");
        WebDriver browser = Browser.start();
        try {
            Browser.login(browser, base(b), "mia");
            browser.get(base(b) + "/reviews/" + id);
            Browser.waitFor(browser, 60).until(ExpectedConditions.textMatches(By.cssSelector(".current-item"),
                    java.util.regex.Pattern.compile(".+")));
            String risk = "Node B's disk fills up " + UUID.randomUUID();

            AsUser.run("alice", () -> meetings(a).captureRisk(id, risk));

            Browser.waitFor(browser, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), risk));
            Browser.screenshot(browser, "cluster-risk-from-node-a-on-node-b.png");
        } finally {
            browser.quit();
        }
        Timer delivery = b.getBean(MeterRegistry.class).find("verdict.cluster.delivery").timer();
        assertThat(delivery).isNotNull();
        assertThat(delivery.count()).as("changes from node A published on node B").isPositive();
        assertThat(delivery.max(TimeUnit.MILLISECONDS)).as("slowest delivery, ms").isLessThan(5_000);
    }

    @Test
    @Order(2)
    void behind_haproxy_a_browser_stays_on_one_node_and_sees_what_the_other_node_commits() throws Exception {
        assumeTrue(Files.isExecutable(HAPROXY), "HAProxy is not installed (apt-get install haproxy); .ci/run installs it");
        Process haproxy = haproxy();
        WebDriver browser = Browser.start();
        try {
            String proxy = proxy();
            UUID id = reviewStartedOn(a, "Behind HAProxy");

            Browser.login(browser, proxy, "mia");
            browser.get(proxy + "/reviews/" + id);
            Browser.waitFor(browser, 60).until(ExpectedConditions.textMatches(By.cssSelector(".current-item"),
                    java.util.regex.Pattern.compile(".+")));
            String node = browser.manage().getCookieNamed("VERDICT_NODE").getValue();
            assertThat(node).isIn("node1", "node2");
            var other = node.equals("node1") ? b : a;
            String risk = "Risk captured on the node this browser is not on " + UUID.randomUUID();

            AsUser.run("alice", () -> meetings(other).captureRisk(id, risk));

            Browser.waitFor(browser, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), risk));
            assertThat(browser.manage().getCookieNamed("VERDICT_NODE").getValue()).as("still on its node").isEqualTo(node);
            Browser.screenshot(browser, "cluster-behind-haproxy.png");
        } finally {
            browser.quit();
            haproxy.destroy();
            haproxy.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(3)
    void a_clock_command_on_node_b_reaches_the_screens_of_node_a() throws InterruptedException {
        UUID id = reviewStartedOn(a, "Clock across nodes");
        assertThat(room(a, id).currentItem()).isZero();
        var told = new CountDownLatch(1);
        var subscription = a.getBean(RoomFeed.class).subscribe(id, told::countDown);
        try {
            AsUser.run("mia", () -> meetings(b).next(id));

            assertThat(told.await(10, TimeUnit.SECONDS)).as("node A's subscribed screen is told").isTrue();
            // Node A's shared read of the room was dropped: its screens re-read the moved clock.
            assertThat(room(a, id).currentItem()).isEqualTo(1);
            assertThat(room(a, id).clockVersion()).isEqualTo(room(b, id).clockVersion());
        } finally {
            subscription.cancel();
        }
    }

    @Test
    @Order(4)
    void presence_counts_the_people_on_both_nodes() {
        UUID id = reviewStartedOn(b, "Presence across nodes");

        AsUser.run("alice", () -> meetings(a).present(id, "alice-on-a"));
        AsUser.run("mia", () -> meetings(b).present(id, "mia-on-b"));

        for (var node : List.of(a, b)) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(room(node, id).present())
                    .extracting(Person::username).containsExactlyInAnyOrder("alice", "mia"));
        }

        AsUser.run("alice", () -> meetings(a).away(id, "alice-on-a"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(room(b, id).present())
                .extracting(Person::username).containsExactly("mia"));
    }

    @Test
    @Order(5)
    void ten_reviews_closed_across_both_nodes_make_ten_commits_and_none_twice() {
        List<UUID> ids = new ArrayList<>();
        for (int n = 0; n < 10; n++) {
            var node = n % 2 == 0 ? a : b;
            UUID id = reviewStartedOn(node, "Closed on " + (n % 2 == 0 ? "A" : "B") + ", round " + n);
            int round = n;
            AsUser.run("mia", () -> node.getBean(DecisionService.class).close(id, CloseMeeting.of(Outcome.APPROVED,
                    "Cache pages for five minutes, round " + round, "Pages are slow", "alice",
                    new AlternativeConsidered("No cache", "Too slow"))));
            ids.add(id);
        }

        await().atMost(Duration.ofMinutes(2)).until(() -> ids.stream().allMatch(id ->
                AsUser.call("mia", () -> a.getBean(PublicationService.class).status(id)).state() == PublicationState.PUBLISHED));

        Path clone = CommandLine.cloneOf(data.resolve("remote.git"), data.resolve("check-clone"));
        for (UUID id : ids) {
            long commits = CommandLine.git(clone, "log", "--format=%H", "--grep", "Design-Review: " + id).lines().count();
            assertThat(commits).as("commits for review %s", id).isEqualTo(1);
        }
    }

    @Test
    @Order(6)
    void a_job_guarded_by_its_lock_runs_once_across_both_nodes() {
        // Each node has tried ten times a second since it started; the first run holds the lock for ten minutes.
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> !OnceAcrossNodesJob.RUNS.isEmpty());

        assertThat(OnceAcrossNodesJob.RUNS).as("runs, by node").hasSize(1);
    }

    @Test
    @Order(7)
    void a_member_added_on_node_a_reaches_the_pre_read_screens_of_node_b_and_is_invited_once() throws InterruptedException {
        UUID id = AsUser.call("mia", () -> a.getBean(ReviewService.class).open(new NewReview("Joining across nodes " + UUID.randomUUID(),
                TestDocs.READY, Set.of("alice"), Set.of(), 30)));
        AsUser.run("mia", () -> a.getBean(PreReadService.class).open(id));
        var told = new CountDownLatch(1);
        var subscription = b.getBean(PreReadFeed.class).subscribe(id, told::countDown);
        try {
            AsUser.run("mia", () -> a.getBean(ReviewService.class).addMember(id, "bob", ReviewRole.ATTENDEE));

            assertThat(told.await(10, TimeUnit.SECONDS)).as("node B's pre-read screen is told").isTrue();
        } finally {
            subscription.cancel();
        }
        // The invitation is work done once, on the committing node: node B only refreshed its screens.
        Thread.sleep(1_000);
        for (var node : List.of(a, b)) {
            assertThat(AsUser.call("bob", () -> node.getBean(NotificationService.class).latest()))
                    .filteredOn(n -> n.link().contains(id.toString())).hasSize(1);
        }
    }

    @Test
    @Order(8)
    void what_node_a_commits_while_node_b_is_not_listening_reaches_b_s_screens_once_it_listens_again() {
        UUID id = reviewStartedOn(a, "Listening gap");
        AsUser.call("mia", () -> meetings(b).liveRoom(id));
        var refreshes = new java.util.concurrent.atomic.AtomicInteger();
        var screen = b.getBean(RoomFeed.class).subscribe(id, refreshes::incrementAndGet);
        try {
            // B's listening session ends, as in a database restart or a network cut.
            assertThat(LocalPostgres.terminate("verdict-listen-node-b")).isEqualTo(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> !listening(b));
            int before = refreshes.get();

            AsUser.run("alice", () -> meetings(a).captureRisk(id, "Captured while B was not listening"));

            await().atMost(Duration.ofSeconds(20)).until(() -> listening(b) && refreshes.get() > before);
            assertThat(room(b, id).risks()).extracting(RoomState.Captured::text).contains("Captured while B was not listening");
        } finally {
            screen.cancel();
        }
    }

    @Test
    @Order(9)
    void when_the_node_a_browser_is_on_stops_the_user_signs_in_again_on_the_other_and_finds_the_same_item_and_captures() throws Exception {
        assumeTrue(Files.isExecutable(HAPROXY), "HAProxy is not installed (apt-get install haproxy); .ci/run installs it");
        UUID id = reviewStartedOn(a, "Failover");
        AsUser.run("alice", () -> meetings(a).captureRisk(id, "Captured before the node stopped"));
        AsUser.run("mia", () -> meetings(a).next(id));
        Process haproxy = haproxy();
        WebDriver browser = Browser.start();
        try {
            Browser.login(browser, proxy(), "mia");
            browser.get(proxy() + "/reviews/" + id);
            var currentItem = Browser.waitFor(browser, 60).until(ExpectedConditions.textMatches(By.cssSelector(".current-item"),
                    java.util.regex.Pattern.compile(".+"))) ? browser.findElement(By.cssSelector(".current-item")).getText() : null;
            String node = browser.manage().getCookieNamed("VERDICT_NODE").getValue();
            var mine = node.equals("node1") ? a : b;
            var survivor = mine == a ? b : a;
            RoomState before = room(mine, id);

            mine.close();

            RoomState after = room(survivor, id);
            assertThat(after.currentItem()).isEqualTo(before.currentItem()).isEqualTo(1);
            assertThat(after.clockVersion()).isEqualTo(before.clockVersion());
            assertThat(after.status()).isEqualTo(before.status());
            assertThat(after.risks()).extracting(RoomState.Captured::text).containsExactly("Captured before the node stopped");
            // The user reloads the page (Vaadin's client does too once it gives up reconnecting):
            // HAProxy sends the browser to the other node, whose login page asks them to sign in again.
            browser.get(proxy() + "/reviews/" + id);
            Browser.waitFor(browser, 60).until(ExpectedConditions.urlContains("/login"));
            Browser.loginAt(browser, proxy() + "/reviews/" + id, "mia");

            Browser.waitFor(browser, 60).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "Captured before the node stopped"));
            assertThat(browser.findElement(By.cssSelector(".current-item")).getText()).isEqualTo(currentItem);
            assertThat(browser.manage().getCookieNamed("VERDICT_NODE").getValue()).as("now on the other node").isNotEqualTo(node);
            Browser.screenshot(browser, "cluster-failover-after-sign-in.png");

            AsUser.run("alice", () -> meetings(survivor).captureRisk(id, "Captured after the node stopped"));
            Browser.waitFor(browser, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "Captured after the node stopped"));
            AsUser.run("mia", () -> meetings(survivor).next(id));
            assertThat(room(survivor, id).currentItem()).isEqualTo(2);
        } finally {
            browser.quit();
            haproxy.destroy();
            haproxy.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int proxyPort;

    /** HAProxy from Debian's package with the deployment's own configuration, pointed at this test's two nodes. */
    private static Process haproxy() throws Exception {
        try (var socket = new ServerSocket(0)) {
            proxyPort = socket.getLocalPort();
        }
        String config = Files.readString(Path.of("deploy/haproxy.cfg"))
                .replace("bind :8080", "bind 127.0.0.1:" + proxyPort)
                .replace("app1:8080", "127.0.0.1:" + port(a))
                .replace("app2:8080", "127.0.0.1:" + port(b));
        Path file = Files.writeString(data.resolve("haproxy.cfg"), config);
        Process haproxy = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", file.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("haproxy-" + proxyPort + ".log").toFile()).start();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(proxy() + "/login")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        return haproxy;
    }

    private static String proxy() {
        return "http://127.0.0.1:" + proxyPort;
    }

    private static UUID reviewStartedOn(ConfigurableApplicationContext node, String title) {
        UUID id = AsUser.call("mia", () -> node.getBean(ReviewService.class).open(new NewReview(title + " " + UUID.randomUUID(),
                TestDocs.READY, Set.of("alice"), Set.of(), 30)));
        AsUser.run("mia", () -> meetings(node).start(id));
        return id;
    }

    private static MeetingService meetings(ConfigurableApplicationContext node) {
        return node.getBean(MeetingService.class);
    }

    private static RoomState room(ConfigurableApplicationContext node, UUID id) {
        return AsUser.call("mia", () -> meetings(node).liveRoom(id));
    }

    private static boolean listening(ConfigurableApplicationContext node) {
        return node.getBean(ChangeListener.class).listening();
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + port(node);
    }

    private static String port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getProperty("local.server.port");
    }
}
