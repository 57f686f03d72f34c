package dev.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.CaptureDetails;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.Disposition;
import dev.verdict.meeting.Level;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.CommentKind;
import dev.verdict.preread.NewComment;
import dev.verdict.preread.PreReadService;
import dev.verdict.publishing.PublicationService;
import dev.verdict.publishing.PublicationState;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The README's pictures, taken from the real app on the guide's example design doc: the pre-read,
 * the live room, the decision form and the publication, at 1440×900. Written to
 * {@code target/screenshots/readme-*.png}; {@code scripts/readme-images.sh} runs this test and
 * copies them to {@code docs/images/}, so the README shows the screens as they are.
 */
class ReadmeImagesBrowserIT extends BrowserTest {

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
    void the_pre_read_the_room_the_decision_and_the_publication_are_pictured_as_a_team_sees_them() throws Exception {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", 1440, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        UUID id = AsUser.call("mia", () -> reviews.open(new NewReview("Real-time collaboration for the editor",
                Fixtures.designDoc(Fixtures.REALTIME_COLLABORATION), Set.of("alice", "bob"), Set.of("olga"), 60)));
        AsUser.run("mia", () -> preReads.open(id));
        AsUser.call("alice", () -> preReads.comment(id, new NewComment("5. Proposed Solution", null, CommentKind.CONCERN,
                "How does the server order two edits that arrive in the same millisecond?")));
        AsUser.call("bob", () -> preReads.comment(id, new NewComment("7. Failure Modes", null, CommentKind.QUESTION,
                "What does an editor see while the WebSocket reconnects?")));

        Browser.login(browser, base(), "alice");
        show("/reviews/" + id + "/read", ".pre-read-doc", "readme-pre-read.png");

        AsUser.run("mia", () -> meetings.start(id));
        AsUser.call("alice", () -> meetings.capture(id, CaptureKind.RISK, CaptureDetails.risk(
                "Operation log grows without bound on busy documents", Level.HIGH, Level.MEDIUM, "alice", "Compact nightly")));
        UUID parked = AsUser.call("bob", () -> meetings.park(id, "Offline editing on mobile"));
        AsUser.call("mia", () -> meetings.capture(id, CaptureKind.ACTION, CaptureDetails.action(
                "Load-test 200 editors on one document", "bob", LocalDate.now().plusDays(14))));
        browser.manage().deleteAllCookies();
        Browser.login(browser, base(), "mia");
        show("/reviews/" + id, ".capture-bar", "readme-room.png");

        AsUser.run("mia", () -> meetings.end(id, meetings.room(id).clockVersion()));
        AsUser.run("mia", () -> meetings.dispose(id, parked, Disposition.NEXT_REVIEW, "With the mobile design doc"));
        AsUser.run("mia", () -> {
            var risk = meetings.room(id).captures().stream().filter(c -> c.kind() == CaptureKind.RISK).findFirst().orElseThrow();
            meetings.settleRisk(id, risk.id(), "alice", false);
        });
        browser.get(base() + "/reviews/" + id + "/decision");
        var statement = Browser.waitFor(browser, 60).until(d -> (org.openqa.selenium.WebElement) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("const t = [...document.querySelectorAll('vaadin-text-area')].find(a => a.label === 'Decision statement');"
                        + " return t ? t.querySelector('textarea') : null;"));
        browser.findElements(By.cssSelector("vaadin-select")).getFirst().click();
        Browser.waitFor(browser, 10).until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.getText().strip().equals("Approved")).findFirst().orElse(null)).click();
        statement.sendKeys("Adopt operational transformation over a WebSocket, with the server ordering edits");
        screenshot("readme-decision.png");

        AsUser.run("mia", () -> decisions.close(id, CloseMeeting.of(Outcome.APPROVED,
                "Adopt operational transformation over a WebSocket, with the server ordering edits",
                "Edits must merge within 200 ms for 50 editors; OT meets it with a server we already run", "mia",
                new AlternativeConsidered("CRDT (Yjs)", "Larger documents and a new storage format"))));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                AsUser.call("mia", () -> publications.status(id)).state() == PublicationState.PUBLISHED);
        browser.get(base() + "/reviews/" + id + "/publication");
        Browser.waitFor(browser, 60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".commit-id")));
        browser.findElement(By.cssSelector(".publication-preview")).click();
        Browser.waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".publication-preview h1, .publication-preview h2")));
        Thread.sleep(500);
        screenshot("readme-publication.png");
    }

    private void show(String path, String ready, String name) throws Exception {
        browser.get(base() + path);
        Browser.waitFor(browser, 60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ready)));
        Thread.sleep(500); // web fonts and the last push settle
        screenshot(name);
    }

    private void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(dir.resolve(name))).as(name).isGreaterThan(20_000);
    }
}
