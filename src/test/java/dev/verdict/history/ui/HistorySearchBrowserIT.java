package dev.verdict.history.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.verdict.AsUser;
import dev.verdict.Axe;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.history.HistoryService;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.CommentKind;
import dev.verdict.preread.NewComment;
import dev.verdict.preread.PreReadService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search on the History page in a real browser, on a laptop and on a phone: the matched words are
 * marked, markup in a comment stays text, and axe-core finds nothing serious. Screenshots:
 * target/screenshots/history-*.png.
 */
class HistorySearchBrowserIT extends BrowserTest {

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
    HistoryService history;

    @Test
    void alice_searches_her_reviews_and_sees_the_matched_words_marked_on_a_laptop_and_on_a_phone() throws Exception {
        String word = "takahe" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("Cache the rendered prices",
                TestDocs.READY + "\n\n## Rollout\n\nThe " + word + " flag turns the cache on per region.\n",
                null, null, "mia", Set.of("alice"), Set.of(), 30, null)));
        AsUser.run("mia", () -> preReads.open(review));
        AsUser.run("alice", () -> preReads.comment(review, new NewComment("Problem", null, CommentKind.QUESTION,
                "Does the <img src=x onerror=alert(1)> " + word + " flag need a kill switch?")));
        UUID decided = AsUser.call("mia", () -> reviews.open(new NewReview("Queue the CSV exports", TestDocs.READY,
                null, null, "mia", Set.of("alice"), Set.of(), 30, null)));
        AsUser.run("mia", () -> meetings.start(decided));
        AsUser.run("mia", () -> decisions.close(decided, CloseMeeting.of(Outcome.APPROVED, "Queue the exports",
                "Pages stop waiting", "mia", new AlternativeConsidered("Export inline", "Pages wait"))
                .withTags(java.util.List.of("exports", "performance"))));
        await().atMost(Duration.ofSeconds(20)).until(() -> AsUser.call("alice", () -> history.search(word)).size() == 1);

        Browser.login(browser, base(), "alice");
        for (int[] size : SIZES) {
            Browser.viewport(browser, size[0], size[1]);
            browser.get(base() + "/history");
            var wait = Browser.waitFor(browser, 60);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".history-grid")));
            Thread.sleep(500);
            screenshot("history-" + size[0] + ".png");
            WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".history-search vaadin-text-field input")));
            box.sendKeys(word, Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".search-result mark")));

            assertThat(browser.findElement(By.cssSelector(".search-summary")).getText()).isEqualTo("1 review matches “" + word + "”");
            assertThat(browser.findElement(By.cssSelector(".search-result-title")).getText()).isEqualTo("Cache the rendered prices");
            assertThat(browser.findElements(By.cssSelector(".search-result mark"))).extracting(WebElement::getText).containsOnly(word);
            assertThat(browser.findElements(By.cssSelector(".search-snippet-where"))).extracting(WebElement::getText)
                    .containsExactlyInAnyOrder("Design doc · Rollout", "Pre-read comment by Alice Attendee on Problem");
            assertThat(browser.findElements(By.cssSelector(".search-results img"))).as("a comment's markup stays text").isEmpty();
            assertThat(browser.findElement(By.cssSelector(".search-results")).getText()).contains("<img src=x onerror=alert(1)>");
            Thread.sleep(500);
            assertThat(Axe.violations(browser).stream().filter(Axe.Violation::blocking).toList())
                    .as("serious or critical axe-core violations at " + size[0]).isEmpty();
            screenshot("history-search-" + size[0] + ".png");

            browser.findElement(By.cssSelector(".search-result-title")).click();
            wait.until(ExpectedConditions.urlContains("/reviews/" + review));
        }
    }

    private void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
