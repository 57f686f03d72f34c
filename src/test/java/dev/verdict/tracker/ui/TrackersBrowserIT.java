package dev.verdict.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.verdict.AsUser;
import dev.verdict.Axe;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.CaptureDetails;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.PreReadService;
import dev.verdict.publishing.PublicationService;
import dev.verdict.publishing.PublicationState;
import dev.verdict.review.DocReference;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import dev.verdict.tracker.NewTracker;
import dev.verdict.tracker.TicketStatus;
import dev.verdict.tracker.TrackerKind;
import dev.verdict.tracker.TrackerService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The admin's Issue trackers page and a publication's "Follow-up tickets" panel in headless
 * Chromium, on a laptop and on a phone: the tracker by its host and project, a ticket whose
 * tracker is down waiting with its reason and a Retry; never the token.
 */
class TrackersBrowserIT extends BrowserTest {

    private static final String TOKEN = "ghp_browser" + UUID.randomUUID().toString().replace("-", "");

    @Autowired
    TrackerService trackers;
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

    @Test
    void the_admin_and_the_moderator_see_a_waiting_ticket_with_its_reason_and_a_retry_never_the_token() {
        UUID demo = AsUser.call("admin", () -> trackers.repositories().stream()
                .filter(r -> r.name().equals("Demo repository")).findFirst().orElseThrow().id());
        AsUser.call("admin", () -> trackers.trackers()).stream().filter(t -> t.repository().equals("Demo repository"))
                .forEach(t -> AsUser.run("admin", () -> trackers.remove(t.id())));
        // Port 1 refuses connections: the ticket waits for its retry with the reason.
        UUID tracker = AsUser.call("admin", () -> trackers.add(new NewTracker(demo, TrackerKind.GITLAB,
                "http://127.0.0.1:1", "platform/search", TOKEN)));
        try {
            String tag = UUID.randomUUID().toString().substring(0, 6);
            UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("Queue retention " + tag, null,
                    new DocReference(demo, "docs/design/search-indexing.md", reviews.browse(demo).headCommit()), "bob",
                    "alice", Set.of(), Set.of(), 30, null, null)));
            AsUser.run("mia", () -> preReads.open(review));
            AsUser.run("mia", () -> meetings.start(review));
            AsUser.call("mia", () -> meetings.capture(review, CaptureKind.ACTION,
                    CaptureDetails.action("Set the retention to seven days " + tag, "alice", LocalDate.now().plusDays(10))));
            AsUser.run("mia", () -> decisions.close(review, CloseMeeting.of(Outcome.APPROVED, "Keep seven days",
                    "Replays need a week", "alice", new AlternativeConsidered("Forever", "Disk"))));
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    AsUser.call("mia", () -> publications.status(review)).state() == PublicationState.PUBLISHED);
            await().atMost(Duration.ofSeconds(30)).until(() -> AsUser.call("mia", () -> trackers.tickets(review)).stream()
                    .anyMatch(t -> t.state() == TicketStatus.State.WAITING && t.attempts() > 0));

            Browser.login(browser, base(), "admin");
            browser.get(base() + "/admin/trackers");
            var wait = Browser.waitFor(browser, 60);
            wait.until(d -> cells(".tracker-tickets").contains("waiting to retry"));
            assertThat(cells(".trackers")).contains("Demo repository", "GitLab Issues", "127.0.0.1:1 · platform/search");
            assertThat(cells(".tracker-tickets")).contains("Set the retention to seven days " + tag,
                    "Could not reach GitLab Issues at 127.0.0.1:1");
            assertThat(browser.getPageSource()).doesNotContain(TOKEN);
            for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
                Browser.viewport(browser, size[0], size[1]);
                assertThat(Axe.violations(browser).stream().filter(Axe.Violation::blocking).toList()).as("axe at " + size[0]).isEmpty();
                Browser.screenshot(browser, "trackers-" + size[0] + ".png");
            }
            // On a phone the grids are below the form: one column each, nothing to scroll sideways.
            ((JavascriptExecutor) browser).executeScript(
                    "document.querySelector('.trackers').scrollIntoView()");
            Browser.screenshot(browser, "trackers-390-grids.png");

            Browser.login(browser, base(), "mia");
            browser.get(base() + "/reviews/" + review + "/publication");
            wait.until(d -> !d.findElements(By.cssSelector(".follow-up-ticket")).isEmpty());
            String panel = browser.findElement(By.cssSelector(".follow-up-tickets")).getText();
            assertThat(panel).contains("Follow-up tickets", "Set the retention to seven days " + tag, "waiting to retry",
                    "Could not reach GitLab Issues at 127.0.0.1:1", "Retry");
            assertThat(browser.getPageSource()).doesNotContain(TOKEN);
            for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
                Browser.viewport(browser, size[0], size[1]);
                assertThat(Axe.violations(browser).stream().filter(Axe.Violation::blocking).toList()).as("axe at " + size[0]).isEmpty();
                Browser.screenshot(browser, "publication-tickets-" + size[0] + ".png");
            }
        } finally {
            AsUser.run("admin", () -> trackers.remove(tracker));
        }
    }

    private String cells(String grid) {
        return String.join("\n", browser.findElements(By.cssSelector(grid + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList());
    }
}
