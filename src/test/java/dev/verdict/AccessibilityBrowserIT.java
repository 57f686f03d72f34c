package dev.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.MeetingService;
import dev.verdict.meeting.RoomDisplayService;
import dev.verdict.preread.CommentKind;
import dev.verdict.preread.NewComment;
import dev.verdict.preread.PreReadService;
import dev.verdict.repository.RepositoryService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ReviewStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core on every screen of a review's journey, at a laptop's size (1440×900) and a phone's
 * (390×844): no serious or critical violation anywhere. Screenshots land in
 * target/screenshots/a11y-*.png.
 */
class AccessibilityBrowserIT extends BrowserTest {

    private static final int[][] SIZES = {{1440, 900}, {390, 844}};

    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preReads;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    RoomDisplayService displays;
    @Autowired
    RepositoryService repositories;

    /** Everything found, by screen and size: one run reports every screen, not just the first that fails. */
    private final Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();

    @Test
    void every_screen_of_a_review_from_login_to_the_adr_log_has_no_serious_or_critical_accessibility_violation() throws Exception {
        UUID planned = review("Accessible agenda and pre-read");
        AsUser.run("mia", () -> preReads.open(planned));
        AsUser.run("alice", () -> preReads.comment(planned, new NewComment("Proposal", null, CommentKind.CONCERN,
                "Five minutes may be too long for prices")));
        UUID running = review("Accessible live room");
        AsUser.run("mia", () -> meetings.start(running));
        AsUser.run("bob", () -> meetings.captureRisk(running, "A cold cache after each deploy"));
        AsUser.run("alice", () -> meetings.park(running, "Caching the search results too"));
        String display = AsUser.call("mia", () -> displays.open(running));
        UUID closed = review("Accessible publication");
        AsUser.run("mia", () -> meetings.start(closed));
        AsUser.run("mia", () -> decisions.close(closed, CloseMeeting.of(Outcome.APPROVED, "Cache rendered pages",
                "Most users wait 4 s today", "alice", new AlternativeConsidered("A CDN", "Pages are per user"))));
        await().atMost(Duration.ofSeconds(60)).until(() -> AsUser.call("mia", () -> reviews.mine()).stream()
                .anyMatch(r -> r.id().equals(closed) && r.status() == ReviewStatus.PUBLISHED));
        UUID repository = AsUser.call("admin", () -> repositories.list()).getFirst().id();

        browser.get(base() + "/login");
        check("login", "#vaadinLoginUsername");

        Browser.login(browser, base(), "mia");
        check("my-reviews", ".my-reviews");
        visit("/new");
        check("new-review", "vaadin-text-area");
        visit("/reviews/" + planned + "/agenda");
        check("agenda", ".agenda-row");
        visit("/reviews/" + planned + "/read");
        check("pre-read", ".pre-read-doc");
        visit("/reviews/" + running);
        check("room-moderator", ".capture-bar");
        visit("/reviews/" + running + "/team");
        check("team-moderator", ".team-member vaadin-checkbox-group");
        visit("/reviews/" + running + "/decision");
        check("decision", "vaadin-select");
        visit("/reviews/" + closed + "/publication");
        Browser.waitFor(browser, 60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".commit-id")));
        check("publication", ".commit-id");
        visit("/audit?review=" + closed);
        check("audit-review", ".audit-grid");

        as("alice");
        visit("/reviews/" + running);
        check("room-attendee", ".capture-bar");
        visit("/reviews/" + running + "/team");
        check("team-attendee", ".team-member .team-roles");

        as("olga");
        visit("/reviews/" + running);
        check("room-observer", ".doc-section");

        browser.manage().deleteAllCookies();
        browser.get(base() + "/display/" + display);
        check("room-display", ".room-display .countdown");

        as("admin");
        visit("/repositories");
        check("repositories", "vaadin-grid");
        visit("/repositories/" + repository + "/adrs");
        check("adr-log", ".adr-log-source");
        visit("/audit");
        check("audit-all", ".audit-grid");

        assertThat(found.keySet()).as(() -> "serious or critical axe-core violations:\n" + found.entrySet().stream()
                .map(e -> e.getKey() + ":\n  " + e.getValue().stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    private UUID review(String title) {
        return AsUser.call("mia", () -> reviews.open(new NewReview(title, TestDocs.READY, Set.of("alice", "bob"), Set.of("olga"), 30)));
    }

    private void as(String user) {
        browser.manage().deleteAllCookies();
        Browser.login(browser, base(), user);
    }

    private void visit(String path) {
        browser.get(base() + path);
    }

    /** Waits for the screen, then runs axe-core on it at each size and keeps what it found. */
    private void check(String screen, String shownBy) throws Exception {
        for (int[] size : SIZES) {
            Browser.viewport(browser, size[0], size[1]);
            Browser.waitFor(browser, 60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(shownBy)));
            Thread.sleep(500);
            var blocking = Axe.violations(browser).stream()
                    .filter(Axe.Violation::blocking).toList();
            if (!blocking.isEmpty()) {
                found.put(screen + " at " + size[0] + "×" + size[1], blocking);
            }
            Browser.screenshot(browser, "a11y-" + screen + "-" + size[0] + ".png");
        }
    }
}
