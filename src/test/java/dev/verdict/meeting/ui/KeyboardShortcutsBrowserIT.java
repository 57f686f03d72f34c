package dev.verdict.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.AsUser;
import dev.verdict.Axe;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.TestDocs;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The room's keyboard shortcuts can be found: ? (outside a text field) and the capture bar's
 * "Keyboard shortcuts" button open one dialog listing them, Escape closes it, and a keyboard
 * user sees where the focus is on the capture bar.
 */
class KeyboardShortcutsBrowserIT extends BrowserTest {

    private static final String OPEN_DIALOG_TEXT =
            "return document.querySelector('vaadin-dialog[opened].shortcuts-help')?.innerText ?? ''";

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;

    @Test
    void pressing_a_question_mark_lists_the_alt_shortcuts_and_escape_closes_the_list() throws Exception {
        UUID id = runningReview();
        Browser.viewport(browser, 1440, 900);
        openRoom("alice", id);
        var keys = new Actions(browser);

        keys.sendKeys("?").perform();
        String listed = Browser.waitFor(browser, 10).until(d -> blankToNull(js(d).executeScript(OPEN_DIALOG_TEXT)));
        assertThat(listed).contains("Keyboard shortcuts", "Alt+R", "Capture: Risk", "Alt+P", "Capture: Parked item",
                "Alt+Q", "Alt+A", "Capture: Action item", "Alt+D", "Enter");
        assertThat(listed).as("an attendee has no clock to drive").doesNotContain("Next item");
        RoomScreensBrowserIT.screenshot(browser, "room-shortcuts-1440.png");
        Axe.assertNoSeriousViolations(browser, "the room's keyboard shortcuts");

        keys.sendKeys(Keys.ESCAPE).perform();
        Browser.waitFor(browser, 10).until(d -> "".equals(js(d).executeScript(OPEN_DIALOG_TEXT)));

        // In the capture text a question mark is just typed.
        var text = browser.findElement(By.cssSelector("vaadin-text-field[placeholder='A risk someone raised…'] input"));
        text.click();
        text.sendKeys("Why?");
        Thread.sleep(500);
        assertThat(text.getAttribute("value")).isEqualTo("Why?");
        assertThat(js(browser).executeScript(OPEN_DIALOG_TEXT)).isEqualTo("");
    }

    @Test
    void the_keyboard_shortcuts_button_shows_the_moderator_the_clocks_shortcuts_too_and_a_phone_without_alt_keys_is_spared_it() throws Exception {
        UUID id = runningReview();
        Browser.viewport(browser, 1440, 900);
        openRoom("mia", id);

        var button = browser.findElement(By.xpath("//vaadin-button[normalize-space()='Keyboard shortcuts']"));
        js(browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        String listed = Browser.waitFor(browser, 10).until(d -> blankToNull(js(d).executeScript(OPEN_DIALOG_TEXT)));
        assertThat(listed).contains("Alt+R", "Capture: Risk", "Alt+N", "Next item", "Alt+K", "Pause or resume", "Alt+E", "End meeting");
        RoomScreensBrowserIT.screenshot(browser, "room-shortcuts-moderator-1440.png");
        Axe.assertNoSeriousViolations(browser, "the moderator's keyboard shortcuts");

        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Close']")).click();
        Browser.waitFor(browser, 10).until(d -> "".equals(js(d).executeScript(OPEN_DIALOG_TEXT)));
        Browser.viewport(browser, 390, 844);
        Browser.waitFor(browser, 10).until(d -> !button.isDisplayed());
    }

    @Test
    void tabbing_through_the_capture_bar_shows_a_focus_outline_on_its_buttons_and_enter_opens_ones_own_item() throws Exception {
        UUID id = runningReview();
        AsUser.run("alice", () -> meetings.captureRisk(id, "Stale prices after an edit"));
        Browser.viewport(browser, 1440, 900);
        openRoom("alice", id);
        var keys = new Actions(browser);

        keys.keyDown(Keys.ALT).sendKeys("r").keyUp(Keys.ALT).perform();
        Browser.waitFor(browser, 10).until(d -> "A risk someone raised…".equals(js(d).executeScript(
                "return document.activeElement.closest('vaadin-text-field')?.getAttribute('placeholder')")));
        WebElement add = tabTo("Add risk");
        assertThat(ring(add)).as("Add risk shows where the focus is").isTrue();
        RoomScreensBrowserIT.screenshot(browser, "room-focus-add-1440.png");
        WebElement help = tabTo("Keyboard shortcuts");
        assertThat(ring(help)).as("Keyboard shortcuts shows where the focus is").isTrue();
        assertThat(ring(add)).as("and Add risk no longer does").isFalse();
        RoomScreensBrowserIT.screenshot(browser, "room-focus-shortcuts-1440.png");

        WebElement item = browser.findElement(By.cssSelector(".risks button[data-item]"));
        js(browser).executeScript("arguments[0].focus()", item);
        assertThat(ring(item)).as("one's own captured item shows where the focus is").isTrue();
        keys.sendKeys(Keys.ENTER).perform();
        Browser.waitFor(browser, 10).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-button[normalize-space()='Remove']")));
    }

    private UUID runningReview() {
        UUID id = AsUser.call("mia", () -> reviews.open(new NewReview("Keyboard shortcuts review", TestDocs.READY,
                Set.of("alice"), Set.of(), 30)));
        AsUser.run("mia", () -> meetings.start(id));
        return id;
    }

    private void openRoom(String user, UUID id) {
        Browser.login(browser, base(), user);
        browser.get(base() + "/reviews/" + id);
        Browser.waitFor(browser, 60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".capture-bar")));
    }

    /** Presses Tab until the button with this text has the focus, as a keyboard user would. */
    private WebElement tabTo(String label) {
        var keys = new Actions(browser);
        for (int i = 0; i < 20; i++) {
            keys.sendKeys(Keys.TAB).perform();
            var active = (WebElement) js(browser).executeScript("return document.activeElement.closest('vaadin-button')");
            if (active != null && label.equals(active.getText().strip())) {
                return active;
            }
        }
        throw new AssertionError("Tab never reached " + label);
    }

    /** Whether the element draws a visible focus indicator: an outline, or a ring (a box shadow spread 2 px or more). */
    private boolean ring(WebElement element) {
        return (Boolean) js(browser).executeScript("""
                const s = getComputedStyle(arguments[0]);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
                const rings = [...s.boxShadow.matchAll(/rgba?\\(([^)]*)\\) -?[\\d.]+px -?[\\d.]+px [\\d.]+px ([\\d.]+)px/g)]
                    .filter(m => Number(m[1].split(',')[3] ?? 1) >= 0.5 && parseFloat(m[2]) >= 2);
                return outline || rings.length > 0;""", element);
    }

    private static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }

    private static String blankToNull(Object text) {
        return text == null || text.toString().isBlank() ? null : text.toString();
    }
}
