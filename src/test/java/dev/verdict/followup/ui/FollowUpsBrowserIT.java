package dev.verdict.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.AsUser;
import dev.verdict.Axe;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.TestDocs;
import dev.verdict.meeting.CaptureDetails;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** My follow-ups in headless Chromium, on a laptop and on a phone. */
class FollowUpsBrowserIT extends BrowserTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;

    @Test
    void an_owner_sees_the_overdue_item_first_and_marks_it_done_with_a_note() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("Search latency " + tag, TestDocs.READY,
                Set.of("alice"), Set.of(), 30)));
        AsUser.run("mia", () -> meetings.start(review));
        AsUser.run("mia", () -> meetings.capture(review, CaptureKind.ACTION,
                CaptureDetails.action("Measure p95 on the edge " + tag, "alice", today.plusDays(5))));
        AsUser.run("mia", () -> meetings.capture(review, CaptureKind.ACTION,
                CaptureDetails.action("Write the cache runbook " + tag, "alice", today.minusDays(2))));

        Browser.login(browser, base(), "alice");
        browser.get(base() + "/follow-ups");
        var wait = Browser.waitFor(browser, 60);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".follow-up")));
        var first = mine(tag).getFirst();
        assertThat(first.getText()).contains("Overdue", "Write the cache runbook " + tag, "Search latency " + tag);
        for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
            Browser.viewport(browser, size[0], size[1]);
            assertThat(Axe.violations(browser).stream().filter(Axe.Violation::blocking).toList()).as("axe at " + size[0]).isEmpty();
            Browser.screenshot(browser, "follow-ups-" + size[0] + ".png");
        }
        Browser.viewport(browser, 1440, 900);

        first.findElement(By.xpath(".//vaadin-button[normalize-space()='Mark done']")).click();
        var note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-text-area textarea")));
        note.sendKeys("Runbook in docs/runbooks/cache.md");
        browser.findElement(By.xpath("//vaadin-dialog//vaadin-button[normalize-space()='Mark done'] | //vaadin-dialog-overlay//vaadin-button[normalize-space()='Mark done']")).click();

        // The list re-renders after the dialog closes; read its texts in one go so no element goes stale under us.
        wait.until(d -> texts(tag).getLast().contains("Done by Alice Attendee"));
        assertThat(texts(tag).getLast()).contains("Write the cache runbook " + tag, "Runbook in docs/runbooks/cache.md");
        assertThat(texts(tag).getFirst()).contains("Measure p95 on the edge " + tag, "Open");
        Browser.screenshot(browser, "follow-ups-done.png");
    }

    @SuppressWarnings("unchecked")
    private List<String> texts(String tag) {
        var all = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('.follow-up')).map(e => e.innerText);");
        return all.stream().filter(t -> t.contains(tag)).toList();
    }

    private List<WebElement> mine(String tag) {
        return browser.findElements(By.cssSelector(".follow-up")).stream().filter(e -> e.getText().contains(tag)).toList();
    }
}
