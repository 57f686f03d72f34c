package dev.verdict.publishing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.AsUser;
import dev.verdict.Axe;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ScheduledStart;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** The files a member takes away, in headless Chromium on a laptop and on a phone; each link serves its file. */
class ExportsBrowserIT extends BrowserTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;

    @Test
    void a_member_downloads_the_pdf_the_zip_and_the_calendar_invitation() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        var start = new ScheduledStart(LocalDateTime.now().plusDays(8).withHour(10).withMinute(0).withSecond(0).withNano(0),
                ZoneId.of("Europe/Berlin"));
        UUID scheduled = AsUser.call("mia", () -> reviews.open(new NewReview("Queue choice " + tag, TestDocs.READY,
                null, null, null, Set.of("alice"), Set.of(), 45, start)));
        UUID decided = AsUser.call("mia", () -> reviews.open(new NewReview("Cache pages " + tag, TestDocs.READY,
                Set.of("alice"), Set.of(), 30)));
        AsUser.run("mia", () -> meetings.start(decided));
        AsUser.run("mia", () -> decisions.close(decided, CloseMeeting.of(Outcome.APPROVED, "Cache pages for five minutes",
                "Pages are slow", "alice", new AlternativeConsidered("No cache", "Too slow"))));

        Browser.login(browser, base(), "alice");
        var wait = Browser.waitFor(browser, 60);
        browser.get(base() + "/reviews/" + decided + "/publication");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.download-zip")));
        assertThat(fetch("a.download-pdf")).startsWith("200 application/pdf %PDF-");
        assertThat(fetch("a.download-zip")).startsWith("200 application/zip PK");
        shots("exports-publication");

        browser.get(base() + "/reviews/" + scheduled + "/read");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.download-calendar")));
        assertThat(fetch("a.download-calendar")).startsWith("200 text/calendar").contains("BEGIN:VCALENDAR");
        shots("exports-pre-read");

        browser.manage().deleteAllCookies();
        Browser.login(browser, base(), "mia");
        browser.get(base() + "/reviews/" + scheduled + "/agenda");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".move-meeting-row")));
        shots("exports-move-meeting");
    }

    private void shots(String name) {
        for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
            Browser.viewport(browser, size[0], size[1]);
            assertThat(Axe.violations(browser).stream().filter(Axe.Violation::blocking).toList())
                    .as(name + " axe at " + size[0]).isEmpty();
            Browser.screenshot(browser, name + "-" + size[0] + ".png");
        }
        Browser.viewport(browser, 1440, 900);
    }

    /** Fetches the link's target in the page's session: "status content-type first bytes". */
    private String fetch(String selector) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector(arguments[0]).href).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  done(r.status + ' ' + r.headers.get('content-type') + ' ' + String.fromCharCode(...bytes.slice(0, 40)));
                }).catch(e => done('failed ' + e));
                """, selector);
    }
}
