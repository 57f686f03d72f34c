package dev.verdict.revisit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.AsUser;
import dev.verdict.Axe;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.TestDocs;
import dev.verdict.decision.DecisionService;
import dev.verdict.followup.FollowUpService;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import dev.verdict.revisit.DecidedReviews;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** The "Previous review" panel and the revisit page in headless Chromium, on a laptop and on a phone. */
class PreviousReviewBrowserIT extends BrowserTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    FollowUpService followUps;

    @Test
    void the_previous_review_panel_and_the_revisit_page_read_well_and_pass_axe_on_a_laptop_and_a_phone() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID earlier = DecidedReviews.decidedReview(tag, reviews, meetings, decisions, followUps);
        UUID next = AsUser.call("mia", () -> reviews.open(new NewReview("Price cache, six months on " + tag, TestDocs.READY,
                null, null, null, Set.of("alice", "bob"), Set.of(), 45, null, earlier)));

        Browser.login(browser, base(), "bob");
        check("/reviews/" + next + "/read", "previous-review-pre-read", "Measure the hit rate " + tag);
        check("/reviews/" + next, "previous-review-room", "Cache prices for five minutes " + tag);

        browser.manage().deleteAllCookies();
        Browser.login(browser, base(), "alice");
        browser.get(base() + "/reviews/" + earlier + "/revisit");
        var wait = Browser.waitFor(browser, 60);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//vaadin-button[contains(., 'Start a revisit review')]")));
        shoot("revisit-page", null);
    }

    private void check(String path, String name, String expected) {
        browser.get(base() + path);
        var wait = Browser.waitFor(browser, 60);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".previous-review")));
        var panel = browser.findElement(By.cssSelector(".previous-review"));
        assertThat(panel.getText()).contains(expected);
        shoot(name, panel);
    }

    private void shoot(String name, WebElement panel) {
        for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
            Browser.viewport(browser, size[0], size[1]);
            if (panel != null) {
                ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", panel);
            }
            assertThat(Axe.violations(browser).stream().filter(Axe.Violation::blocking).toList())
                    .as(name + " axe at " + size[0]).isEmpty();
            Browser.screenshot(browser, name + "-" + size[0] + ".png");
        }
        Browser.viewport(browser, 1440, 900);
    }
}
