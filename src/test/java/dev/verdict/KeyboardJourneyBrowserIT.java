package dev.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.decision.DecisionService;
import dev.verdict.publishing.PublicationService;
import dev.verdict.publishing.PublicationState;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole journey with the keyboard alone, as someone who cannot use a mouse: sign in, open a
 * review from a pasted doc, start the meeting, capture a risk, end it, write the decision record
 * and close the meeting, until the decision is published. Nothing is clicked: fields are reached
 * with Tab, buttons pressed with Enter, pickers opened and chosen with the arrow keys, and the
 * room driven by its Alt shortcuts. Every control reached shows a visible focus ring.
 */
class KeyboardJourneyBrowserIT extends BrowserTest {

    /** The accessible name of the focused control, looking into shadow roots and labels as a screen reader would. */
    private static final String FOCUSED = """
            let a = document.activeElement;
            while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
            if (!a) { return ''; }
            const ids = a.getAttribute('aria-labelledby');
            let name = ids ? ids.split(' ').map(id => { const e = document.getElementById(id); return e ? e.textContent : ''; }).join(' ') : '';
            name = (name || a.getAttribute('aria-label') || a.getAttribute('placeholder') || a.textContent || '').replace(/\\s+/g, ' ').trim();
            return name;""";

    /** Whether the focused control (or the Vaadin component around it) draws a focus ring. */
    private static final String FOCUS_VISIBLE = """
            let a = document.activeElement;
            while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
            for (let el = a; el; el = el.parentElement || (el.getRootNode() && el.getRootNode().host)) {
              if (!el.matches) { continue; }
              if (el.hasAttribute('focus-ring')) { return true; }
              if (el.matches(':focus-visible')) {
                const s = getComputedStyle(el);
                if (s.boxShadow !== 'none' || (s.outlineStyle !== 'none' && s.outlineWidth !== '0px')) { return true; }
              }
            }
            return false;""";

    @Autowired
    DecisionService decisions;
    @Autowired
    PublicationService publications;

    @Test
    void a_review_is_run_from_sign_in_to_publication_with_the_keyboard_alone() throws Exception {
        browser.get(base() + "/login");
        var user = Browser.waitFor(browser, 90).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys("mia", Keys.TAB);
        keys("demo", Keys.ENTER);
        Browser.waitFor(browser, 30).until(d -> !d.getCurrentUrl().contains("/login"));

        // Open a review from a pasted doc.
        Browser.waitFor(browser, 30).until(d -> focusable("New review"));
        press("New review", Keys.ENTER);
        Browser.waitFor(browser, 30).until(ExpectedConditions.urlContains("/new"));
        Browser.waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-text-area")));
        tabTo("Design doc (Markdown)");
        keys(TestDocs.READY);
        tabTo("Title");
        keys(Keys.chord(Keys.CONTROL, "a"), "Keyboard review " + UUID.randomUUID().toString().substring(0, 8));
        tabTo("Attendees");
        keys("Alice");
        pick();
        tabTo("Create review");
        keys(Keys.ENTER);
        Browser.waitFor(browser, 60).until(ExpectedConditions.urlMatches("/reviews/[0-9a-f-]{36}$"));
        UUID review = UUID.fromString(browser.getCurrentUrl().replaceAll(".*/reviews/", ""));

        // Run the meeting with the room's shortcuts.
        Browser.waitFor(browser, 60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".capture-bar")));
        tabTo("Start meeting");
        keys(Keys.ENTER);
        Browser.waitFor(browser, 30).until(ExpectedConditions.textMatches(By.cssSelector(".current-item"), java.util.regex.Pattern.compile("^Now: .*")));
        new Actions(browser).keyDown(Keys.ALT).sendKeys("r").keyUp(Keys.ALT).perform();
        Browser.waitFor(browser, 10).until(d -> "A risk someone raised…".equals(js("return document.activeElement.getAttribute('placeholder')")));
        keys("Cache stampede after a deploy", Keys.ENTER);
        Browser.waitFor(browser, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".risks"),
                "Cache stampede after a deploy"));
        new Actions(browser).keyDown(Keys.ALT).sendKeys("e").keyUp(Keys.ALT).perform();
        Browser.waitFor(browser, 30).until(ExpectedConditions.invisibilityOfElementLocated(By.xpath(
                "//vaadin-button[normalize-space()='End meeting']")));
        tabTo("Close with decision");
        keys(Keys.ENTER);

        // The decision record.
        Browser.waitFor(browser, 60).until(ExpectedConditions.urlContains("/decision"));
        Browser.waitFor(browser, 60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".risk-settlement")));
        tabTo("Outcome");
        keys(Keys.ENTER);
        pickFromOverlay("vaadin-select-item", "Approved");
        tabTo("Decision statement");
        keys("Cache rendered pages for five minutes");
        tabTo("Rationale");
        keys("Pages take 4 s for 40% of users; a short cache halves that");
        tabTo("Decision maker");
        keys("Alice");
        pick();
        tabTo("Alternative");
        keys(Keys.chord(Keys.CONTROL, "a"), "No cache");
        tabTo("Why not chosen");
        keys(Keys.chord(Keys.CONTROL, "a"), "Pages stay slow");
        tabTo("Accept as is");
        keys(Keys.SPACE);
        tabTo("Close meeting and publish");
        keys(Keys.ENTER);

        Browser.waitFor(browser, 90).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".commit-id")));
        assertThat(AsUser.call("mia", () -> decisions.decision(review)).orElseThrow().statement())
                .isEqualTo("Cache rendered pages for five minutes");
        assertThat(AsUser.call("mia", () -> publications.status(review)).state()).isEqualTo(PublicationState.PUBLISHED);
    }

    /** Presses Tab until the control with this accessible name has the focus (at most 80 times), checking its focus ring. */
    private void tabTo(String name) {
        var seen = new java.util.LinkedHashSet<String>();
        for (int i = 0; i < 80; i++) {
            String now = focused();
            seen.add(now);
            // A picker reads "<value> <label>" (Vaadin's select names its value first).
            if (now.startsWith(name) || now.endsWith(" " + name)) {
                assertThat((Boolean) js(FOCUS_VISIBLE)).as("a visible focus ring on %s", name).isTrue();
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached \"" + name + "\"; it went through " + seen);
    }

    private boolean focusable(String name) {
        return !browser.findElements(By.xpath("//*[normalize-space(text())='" + name + "']")).isEmpty();
    }

    private void press(String name, CharSequence key) {
        tabTo(name);
        keys(key);
    }

    /** Opens a combo box's list of matches with the down arrow and takes the first with Enter. */
    private void pick() {
        Browser.waitFor(browser, 10).until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")).isEmpty());
        keys(Keys.ARROW_DOWN, Keys.ENTER);
        keys(Keys.ESCAPE);
    }

    private void pickFromOverlay(String itemTag, String text) {
        Browser.waitFor(browser, 10).until(d -> d.findElements(By.cssSelector(itemTag)).stream().anyMatch(i -> i.isDisplayed()));
        for (int i = 0; i < 10; i++) {
            String current = (String) js("let a = document.activeElement; return a ? a.textContent.trim() : ''");
            if (current.equals(text)) {
                keys(Keys.ENTER);
                return;
            }
            keys(Keys.ARROW_DOWN);
        }
        throw new AssertionError("No item \"" + text + "\" reached with the arrow keys");
    }

    private String focused() {
        return (String) js(FOCUSED);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).pause(Duration.ofMillis(150)).perform();
    }
}
