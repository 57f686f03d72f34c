package dev.verdict.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.AsUser;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.TestDocs;
import dev.verdict.preread.PreReadService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ScheduledStart;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The moderator cancels a review from its agenda page in a real browser: asked to confirm, made to
 * say why, and then every page of the review (and My reviews) says "Cancelled: …" (ADR 28).
 */
class CancelReviewBrowserIT extends BrowserTest {

    static final String REASON = "The vendor withdrew the offer, so there is nothing left to decide";

    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preReads;

    @Test
    void the_moderator_cancels_with_a_reason_and_every_page_of_the_review_says_so() {
        String title = "Cancel in the browser " + UUID.randomUUID().toString().substring(0, 8);
        var start = new ScheduledStart(LocalDateTime.now().plusDays(6).withHour(10).withMinute(0).withSecond(0).withNano(0),
                ZoneId.of("Europe/Berlin"));
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview(title, TestDocs.READY, null, null, null,
                Set.of("alice"), Set.of(), 30, start)));
        AsUser.run("mia", () -> preReads.open(review));

        Browser.loginAt(browser, base() + "/reviews/" + review + "/agenda", "mia");
        var wait = Browser.waitFor(browser, 60);
        WebElement cancel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-button.cancel-review")));
        shots("cancel-agenda");

        cancel.click();
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-dialog[opened] vaadin-button.confirm-cancel")));
        confirm.click();
        // No reason, no cancellation: the field says what is missing and the review goes ahead.
        wait.until(d -> "Write why the review is cancelled".equals(reasonField().getAttribute("errorMessage")));
        assertThat(AsUser.call("mia", () -> reviews.details(review)).cancelled()).isFalse();
        reasonField().findElement(By.cssSelector("textarea")).sendKeys(REASON);
        shots("cancel-dialog");
        browser.findElement(By.cssSelector("vaadin-dialog[opened] vaadin-button.confirm-cancel")).click();

        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".review-cancelled")));
        assertThat(notice.getText()).startsWith("Cancelled: " + REASON);
        assertThat(browser.findElements(By.cssSelector("vaadin-button.cancel-review"))).allMatch(b -> !b.isDisplayed());
        assertThat(browser.findElements(By.cssSelector("vaadin-button.move-meeting"))).allMatch(b -> !b.isDisplayed());
        assertThat(AsUser.call("alice", () -> reviews.details(review)).cancellation().reason()).isEqualTo(REASON);
        assertThat(browser.findElements(By.cssSelector(".agenda-row.read-only"))).isNotEmpty();
        assertThat(browser.findElements(By.xpath("//vaadin-button[normalize-space()='Save agenda']"))).allMatch(b -> !b.isDisplayed());
        shots("cancelled-agenda");

        browser.get(base() + "/reviews/" + review + "/read");
        notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".review-cancelled")));
        assertThat(notice.getText()).startsWith("Cancelled: " + REASON);
        assertThat(browser.findElements(By.cssSelector(".comment-form"))).allMatch(f -> !f.isDisplayed());
        shots("cancelled-pre-read");

        browser.get(base() + "/reviews/" + review);
        notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".review-cancelled")));
        assertThat(notice.getText()).startsWith("Cancelled: " + REASON);
        assertThat(browser.findElement(By.cssSelector(".meeting-status")).getText()).isEqualTo("Cancelled");
        assertThat(browser.findElements(By.xpath("//vaadin-button[contains(., 'Start meeting')]"))).isEmpty();
        shots("cancelled-room");

        browser.get(base() + "/");
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'review-status') and @data-status='cancelled'][contains(., '" + REASON + "')]")));
        assertThat(status.getText()).isEqualTo("Cancelled: " + REASON);
        shots("cancelled-my-reviews");

        browser.get(base() + "/history");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".history-grid"), "Cancelled: " + REASON));
    }

    private WebElement reasonField() {
        return browser.findElement(By.cssSelector("vaadin-dialog[opened] vaadin-text-area"));
    }

    /** The page as a laptop and a phone show it, for a person to look at. */
    private void shots(String name) {
        Browser.viewport(browser, 1440, 900);
        pause();
        Browser.screenshot(browser, name + "-1440.png");
        Browser.viewport(browser, 390, 844);
        pause();
        Browser.screenshot(browser, name + "-390.png");
        Browser.viewport(browser, 1440, 900);
        pause();
    }

    /** Lets the layout settle after a resize (Vaadin re-lays out on the resize event). */
    private static void pause() {
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
