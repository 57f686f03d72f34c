package dev.verdict.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.AsUser;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.TestDocs;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The moderator's room open in two browsers (two real HTTP sessions, each with its own push
 * connection), both clicking "Next item" at the same moment, round after round: the agenda moves
 * once per version the clicks were made on, never twice for one, and the tab that lost is told.
 * Run on each database (the clock command is a conditional update there).
 */
abstract class ConcurrentNextContract extends BrowserTest {

    private static final int ROUNDS = 12;
    private static final String LOST = "Someone else changed the meeting at the same moment";

    /** Clicks "Next item" at the given epoch millisecond, remembering the clock version the button showed then. */
    private static final String CLICK_AT = """
            const at = arguments[0];
            const next = [...document.querySelectorAll('vaadin-button')].find(b => b.textContent.trim() === 'Next item');
            window.__carried = null;
            setTimeout(() => { window.__carried = next.getAttribute('data-clock-version'); next.click(); },
                       Math.max(0, at - Date.now()));""";

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;

    @Test
    void two_tabs_clicking_next_together_move_the_agenda_once_and_the_loser_is_told() throws Exception {
        UUID id = AsUser.call("mia", () -> reviews.open(new NewReview("Two tabs " + UUID.randomUUID(), TestDocs.READY,
                Set.of("alice"), Set.of(), 30)));
        AsUser.run("mia", () -> meetings.start(id));
        WebDriver second = Browser.start();
        try {
            List<WebDriver> tabs = List.of(browser, second);
            for (WebDriver tab : tabs) {
                Browser.login(tab, base(), "mia");
                tab.get(base() + "/reviews/" + id);
            }
            int together = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                var before = AsUser.call("mia", () -> meetings.room(id));
                String version = Long.toString(before.clockVersion());
                for (WebDriver tab : tabs) {
                    Browser.waitFor(tab, 30).until(d -> version.equals(nextButton(d).getAttribute("data-clock-version")));
                    dismissMessages(tab);
                }
                long at = System.currentTimeMillis() + 400;
                for (WebDriver tab : tabs) {
                    ((JavascriptExecutor) tab).executeScript(CLICK_AT, at);
                }
                List<String> carried = tabs.stream().map(tab -> Browser.waitFor(tab, 10)
                        .until(d -> (String) ((JavascriptExecutor) d).executeScript("return window.__carried"))).toList();
                int moves = (int) carried.stream().distinct().count();
                String expected = before.agenda().get(before.currentItem() + moves).title();
                for (WebDriver tab : tabs) {
                    Browser.waitFor(tab, 30).until(ExpectedConditions.textMatches(By.cssSelector(".current-item"),
                            java.util.regex.Pattern.compile(".*" + java.util.regex.Pattern.quote(expected) + "$")));
                }
                var after = AsUser.call("mia", () -> meetings.room(id));
                assertThat(after.currentItem()).as("round %d: clicks made on versions %s", round, carried)
                        .isEqualTo(before.currentItem() + moves);
                if (moves == 1) {
                    together++;
                    assertThat(toldLost(tabs)).as("round %d: exactly the losing tab is told", round).isEqualTo(1);
                }
                backToTheFirstItem(id);
            }
            assertThat(together).as("rounds in which both clicks were made on the same version").isGreaterThanOrEqualTo(ROUNDS / 2);
        } finally {
            second.quit();
        }
    }

    private static org.openqa.selenium.WebElement nextButton(WebDriver tab) {
        return tab.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals("Next item")).findFirst()
                .orElseThrow(() -> new org.openqa.selenium.NoSuchElementException("Next item"));
    }

    /** How many tabs say their click lost: waits up to 5 s for the first to say so, then a moment for a second. */
    private static long toldLost(List<WebDriver> tabs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < deadline && tabs.stream().noneMatch(t -> shows(t, LOST))) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        return tabs.stream().filter(t -> shows(t, LOST)).count();
    }

    private static boolean shows(WebDriver tab, String text) {
        return ((String) ((JavascriptExecutor) tab).executeScript(
                "return [...document.querySelectorAll('vaadin-notification-card')].map(c => c.textContent).join('|')"))
                .contains(text);
    }

    private static void dismissMessages(WebDriver tab) {
        ((JavascriptExecutor) tab).executeScript(
                "document.querySelectorAll('vaadin-notification-card').forEach(c => c.remove())");
    }

    private void backToTheFirstItem(UUID id) {
        AsUser.run("mia", () -> {
            for (var room = meetings.room(id); room.currentItem() > 0; room = meetings.room(id)) {
                meetings.back(id, room.clockVersion());
            }
        });
    }
}
