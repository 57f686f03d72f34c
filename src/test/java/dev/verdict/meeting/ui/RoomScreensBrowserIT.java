package dev.verdict.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.AsUser;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.Fixtures;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.MeetingService;
import dev.verdict.meeting.RoomDisplayService;
import dev.verdict.meeting.RoomState;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The room's screens as people use them, in a real Chromium at a laptop's size (1440×900) and a
 * phone's (390×844), with KEP-1040's Proposal (its longest section, about 1 600 lines) as the
 * current item. Screenshots land in target/screenshots.
 */
@ExtendWith(OutputCaptureExtension.class)
class RoomScreensBrowserIT extends BrowserTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    RoomDisplayService displayLinks;

    /** Whether the capture bar lies wholly inside the viewport. */
    private static final String BAR_ON_SCREEN = """
            const r = document.querySelector('.capture-bar').getBoundingClientRect();
            return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;""";

    /** Scrolls the page and every box around the room to its end, as someone looking for the lists would. */
    private static final String SCROLL_TO_THE_END = """
            const lists = document.querySelector('.room-lists');
            for (let el = lists; el; el = el.parentElement) {
              if (el.scrollHeight > el.clientHeight) { el.scrollTop = el.scrollHeight; }
            }
            window.scrollTo(0, document.documentElement.scrollHeight);
            lists.scrollIntoView({block: 'end'});""";

    @Test
    void with_a_long_section_the_capture_bar_and_the_lists_stay_in_reach_of_the_moderator_and_an_attendee() throws Exception {
        UUID id = longProposalUnderReview();
        for (String user : List.of("mia", "alice")) {
            WebDriver screen = user.equals("mia") ? browser : Browser.start();
            try {
                size(screen, 1440, 900);
                openRoom(screen, user, id);
                var js = (JavascriptExecutor) screen;
                var section = screen.findElement(By.cssSelector(".doc-section"));
                long shown = ((Number) js.executeScript("return arguments[0].clientHeight", section)).longValue();
                long whole = ((Number) js.executeScript("return arguments[0].scrollHeight", section)).longValue();

                assertThat(whole).as("the Proposal is long").isGreaterThan(5_000);
                assertThat(shown).as("but shown in a bounded box").isLessThanOrEqualTo(900 * 6 / 10);
                assertThat(js.executeScript(BAR_ON_SCREEN)).as(user + "'s capture bar on opening").isEqualTo(true);
                screenshot(screen, "room-long-section-" + user + "-1440.png");

                js.executeScript("arguments[0].scrollTop = arguments[0].scrollHeight", section);
                assertThat(js.executeScript(BAR_ON_SCREEN)).as(user + "'s capture bar after reading to the section's end").isEqualTo(true);
                js.executeScript(SCROLL_TO_THE_END);
                assertThat(js.executeScript(BAR_ON_SCREEN)).as(user + "'s capture bar beside the lists").isEqualTo(true);
                assertThat(screen.findElement(By.cssSelector(".risks")).isDisplayed()).isTrue();
                screenshot(screen, "room-lists-" + user + "-1440.png");
            } finally {
                if (screen != browser) {
                    screen.quit();
                }
            }
        }
    }

    @Test
    void the_title_stays_whole_and_the_state_reads_as_one_badge() {
        UUID id = longProposalUnderReview();
        size(browser, 1440, 900);
        openRoom(browser, "mia", id);
        var js = (JavascriptExecutor) browser;
        var title = browser.findElement(By.cssSelector(".room-header h2"));
        var badge = browser.findElement(By.cssSelector(".room-header .status-badge"));
        double lineHeight = Double.parseDouble(((String) js.executeScript(
                "return getComputedStyle(arguments[0]).lineHeight", title)).replace("px", ""));

        assertThat(title.getRect().getHeight()).as("the title on one line").isLessThan((int) (lineHeight * 1.5));
        assertThat(badge.getText()).isEqualTo("In progress");
        assertThat(badge.getRect().getHeight()).as("the badge on one line").isLessThan(40);
        assertThat(badge.getAttribute("data-status")).isEqualTo("running");
    }

    @Test
    void the_risk_matrix_names_its_axes_and_its_headers_do_not_overlap() throws Exception {
        UUID id = longProposalUnderReview();
        size(browser, 1440, 900);
        openRoom(browser, "mia", id);
        var matrix = browser.findElement(By.cssSelector(".risk-matrix"));
        List<WebElement> axes = matrix.findElements(By.cssSelector(".axis"));

        assertThat(axes.stream().map(WebElement::getText).toList()).contains("IMPACT", "LIKELIHOOD", "Low", "Medium", "High");
        var headers = axes.stream().filter(a -> List.of("Low", "Medium", "High").contains(a.getText())).limit(3).toList();
        for (int i = 1; i < headers.size(); i++) {
            var left = headers.get(i - 1).getRect();
            assertThat(left.getX() + left.getWidth()).as("header " + i + " clear of the one before")
                    .isLessThanOrEqualTo(headers.get(i).getRect().getX());
        }
        var cell = matrix.findElement(By.cssSelector("[data-cell='MEDIUM-MEDIUM']"));
        assertThat(cell.getText()).isEqualTo("1");
        assertThat(Double.parseDouble(cell.getCssValue("font-size").replace("px", ""))).isGreaterThanOrEqualTo(16);
        screenshot(browser, "room-matrix-1440.png");
    }

    @Test
    void an_attendee_on_a_phone_reads_the_current_item_and_captures_a_risk_a_parked_item_and_an_action_with_owner_and_due_date(
            CapturedOutput output) throws Exception {
        UUID id = longProposalUnderReview();
        size(browser, 390, 844);
        openRoom(browser, "alice", id);
        var js = (JavascriptExecutor) browser;

        assertThat(browser.findElement(By.cssSelector(".current-item")).getText()).isEqualTo("Now: Proposal");
        assertThat(browser.findElement(By.cssSelector(".doc-section h2")).isDisplayed()).isTrue();
        assertThat(js.executeScript(BAR_ON_SCREEN)).as("the capture bar in reach on a phone").isEqualTo(true);
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue())
                .as("no sideways scrolling").isLessThanOrEqualTo(390);
        screenshot(browser, "room-attendee-390.png");

        text(browser, "A risk someone raised…").click();
        text(browser, "A risk someone raised…").sendKeys("Seats starve LIST-heavy tenants");
        Browser.waitFor(browser, 10).until(d -> labelled(d, "vaadin-select", "Likelihood") != null);
        pick(browser, labelled(browser, "vaadin-select", "Likelihood"), "High");
        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Add risk']")).click();
        waitForLine(browser, ".risks", "Seats starve LIST-heavy tenants — Alice Attendee");
        screenshot(browser, "room-attendee-risk-390.png");

        choose(browser, "Parked item");
        text(browser, "Out of scope for today…").sendKeys("Borrowing between levels", Keys.ENTER);
        waitForLine(browser, ".parking-lot", "Borrowing between levels — Alice Attendee");

        choose(browser, "Action item");
        text(browser, "Something someone will do…").sendKeys("Measure seat usage per level");
        var owner = browser.findElement(By.cssSelector(".capture-bar vaadin-combo-box:not([hidden]) input"));
        owner.click();
        owner.sendKeys("Bob");
        Browser.waitFor(browser, 10).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-combo-box-item[normalize-space()='Bob Attendee']"))).click();
        Browser.waitFor(browser, 10).until(d -> "Bob Attendee".equals(owner.getAttribute("value")));
        // On a phone the date picker opens its calendar full screen, and is picked from there.
        browser.findElement(By.cssSelector(".capture-bar vaadin-date-picker input")).click();
        screenshot(browser, "room-attendee-calendar-390.png");
        Browser.waitFor(browser, 10).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                const today = [...document.querySelectorAll('vaadin-button')]
                    .find(b => b.textContent.trim() === 'Today' && b.getBoundingClientRect().height > 0);
                today?.click();
                return today !== undefined;"""));
        Browser.waitFor(browser, 10).until(d -> !browser.findElement(By.cssSelector(".capture-bar vaadin-date-picker input"))
                .getAttribute("value").isEmpty());
        screenshot(browser, "room-attendee-action-390.png");
        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Add action']")).click();
        waitForLine(browser, ".actions", "Measure seat usage per level — Alice Attendee");

        RoomState room = AsUser.call("alice", () -> meetings.room(id));
        var action = room.of(CaptureKind.ACTION).getFirst();
        assertThat(action.owner().username()).isEqualTo("bob");
        assertThat(action.dueDate()).isEqualTo(LocalDate.now());
        assertThat(room.risks().getLast().likelihood()).isEqualTo(dev.verdict.meeting.Level.HIGH);
        js.executeScript(SCROLL_TO_THE_END);
        screenshot(browser, "room-attendee-lists-390.png");
        assertThat(output.getAll()).doesNotContain("Ignoring update for disabled return channel");
    }

    @Test
    void a_risk_and_a_parked_item_are_captured_and_an_action_owner_chosen_with_the_keyboard_alone_and_nothing_is_logged(CapturedOutput output)
            throws Exception {
        UUID id = longProposalUnderReview();
        size(browser, 1440, 900);
        openRoom(browser, "alice", id);
        var keys = new Actions(browser);

        keys.keyDown(Keys.ALT).sendKeys("r").keyUp(Keys.ALT).perform();
        Browser.waitFor(browser, 10).until(d -> active(d).equals("A risk someone raised…"));
        keys.sendKeys("Cold cache after a rollout").sendKeys(Keys.ENTER).perform();
        waitForLine(browser, ".risks", "Cold cache after a rollout — Alice Attendee");

        keys.keyDown(Keys.ALT).sendKeys("p").keyUp(Keys.ALT).perform();
        Browser.waitFor(browser, 10).until(d -> active(d).equals("Out of scope for today…"));
        keys.sendKeys("Priority borrowing").sendKeys(Keys.ENTER).perform();
        waitForLine(browser, ".parking-lot", "Priority borrowing — Alice Attendee");

        keys.keyDown(Keys.ALT).sendKeys("a").keyUp(Keys.ALT).perform();
        Browser.waitFor(browser, 10).until(d -> active(d).equals("Something someone will do…"));
        keys.sendKeys("Write the seat metrics").sendKeys(Keys.TAB).sendKeys("Bob").perform();
        Browser.waitFor(browser, 10).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-combo-box-item[normalize-space()='Bob Attendee']")));
        keys.sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ENTER).perform();
        Browser.waitFor(browser, 10).until(d -> "Bob Attendee".equals(((JavascriptExecutor) d).executeScript(
                "return document.activeElement.closest('vaadin-combo-box')?.inputElement?.value")));
        // The owner is chosen by keyboard; the due date's picker sometimes drops the focus to the
        // page after Enter in headless Chromium, so the phone test covers the whole action instead.

        assertThat(output.getAll()).doesNotContain("Ignoring update for disabled return channel");
    }

    @Test
    void the_moderator_captures_a_risk_with_its_details_and_the_server_logs_no_warning(CapturedOutput output) {
        UUID id = longProposalUnderReview();
        size(browser, 1440, 900);
        openRoom(browser, "mia", id);
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.capture-bar').scrollIntoView({block: 'center'})");
        text(browser, "A risk someone raised…").click();
        Browser.waitFor(browser, 10).until(d -> labelled(d, "vaadin-select", "Impact") != null);
        pick(browser, labelled(browser, "vaadin-select", "Impact"), "High");
        text(browser, "A risk someone raised…").sendKeys("Watch cache grows without bound");
        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Add risk']")).click();
        waitForLine(browser, ".risks", "Watch cache grows without bound — Mia Moderator");
        text(browser, "A risk someone raised…").sendKeys("Second risk", Keys.ENTER);
        waitForLine(browser, ".risks", "Second risk — Mia Moderator");

        assertThat(output.getAll()).doesNotContain("Ignoring update for disabled return channel");
    }

    @Test
    void the_clock_is_a_silent_timer_with_a_polite_region_for_the_minute_marks_that_stays_quiet_between_them() throws Exception {
        UUID id = longProposalUnderReview();
        size(browser, 1440, 900);
        openRoom(browser, "alice", id);
        var countdown = browser.findElement(By.cssSelector(".countdown"));
        var announcer = browser.findElement(By.cssSelector(".countdown-announcer"));

        assertThat(countdown.getAttribute("role")).isEqualTo("timer");
        assertThat(countdown.getAttribute("aria-live")).as("a timer's implicit 'off'").isNull();
        assertThat(announcer.getAttribute("aria-live")).isEqualTo("polite");
        String first = countdown.getText();
        Browser.waitFor(browser, 10).until(d -> !countdown.getText().equals(first));
        assertThat(first).matches("19:\\d\\d");
        assertThat(announcer.getAttribute("textContent")).as("no minute mark passed, nothing said").isEmpty();
        assertThat(announcer.getRect().getWidth()).as("for screen readers only").isLessThanOrEqualTo(1);
    }

    @Test
    void the_room_display_is_dark_high_contrast_and_centred_on_a_wall_screen() throws Exception {
        UUID id = longProposalUnderReview();
        String token = AsUser.call("mia", () -> displayLinks.open(id));
        size(browser, 1440, 900);
        browser.get(base() + "/display/" + token);
        var countdown = Browser.waitFor(browser, 60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".room-display .countdown")));
        Browser.waitFor(browser, 10).until(d -> countdown.getText().matches("\\d+:\\d\\d"));
        var display = browser.findElement(By.cssSelector(".room-display"));
        var latest = browser.findElement(By.cssSelector(".room-display .latest"));

        assertThat(display.getCssValue("background-color")).isEqualTo("rgba(13, 17, 23, 1)");
        assertThat(countdown.getCssValue("color")).isEqualTo("rgba(255, 255, 255, 1)");
        int centre = 1440 / 2;
        for (var element : List.of(countdown, latest, browser.findElement(By.cssSelector(".room-display h1")))) {
            var r = element.getRect();
            assertThat(Math.abs(r.getX() + r.getWidth() / 2 - centre)).as(element.getTagName() + " centred").isLessThanOrEqualTo(4);
        }
        assertThat(latest.getText()).contains("Borrowing between priority levels");
        screenshot(browser, "room-display-1440.png");
    }

    private UUID longProposalUnderReview() {
        UUID id = AsUser.call("mia", () -> reviews.open(new NewReview("KEP-1040: Priority and Fairness for API Server Requests",
                Fixtures.designDoc(Fixtures.KEP_1040), Set.of("alice", "bob"), Set.of("olga"), 45)));
        AsUser.run("mia", () -> meetings.overrideReadiness(id, "Screens under test"));
        AsUser.run("mia", () -> meetings.start(id));
        while (!AsUser.call("mia", () -> meetings.room(id)).current().title().equals("Proposal")) {
            AsUser.run("mia", () -> meetings.next(id));
        }
        AsUser.run("bob", () -> meetings.captureRisk(id, "Seats may starve LIST-heavy tenants"));
        AsUser.run("bob", () -> meetings.park(id, "Borrowing between priority levels"));
        return id;
    }

    private void openRoom(WebDriver screen, String user, UUID id) {
        Browser.login(screen, base(), user);
        screen.get(base() + "/reviews/" + id);
        Browser.waitFor(screen, 60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".doc-section h2")));
        Browser.waitFor(screen, 30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".capture-bar")));
    }

    /** The viewport itself at this size (not the window, whose frame would take some of it). */
    static void size(WebDriver screen, int width, int height) {
        ((ChromeDriver) screen).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private static WebElement text(WebDriver screen, String placeholder) {
        return Browser.waitFor(screen, 10).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-text-field[placeholder='" + placeholder + "'] input")));
    }

    /** Picks what to capture as a finger would. */
    private static void choose(WebDriver screen, String kind) {
        pick(screen, screen.findElement(By.cssSelector(".capture-bar vaadin-select")), kind);
    }

    /** Opens a select and taps one of its items (again if the list was still opening). */
    private static void pick(WebDriver screen, WebElement select, String item) {
        Browser.waitFor(screen, 15).until(d -> {
            if (!"true".equals(select.getAttribute("opened"))) {
                select.click();
            }
            var items = select.findElements(By.xpath(".//vaadin-select-item[normalize-space()='" + item + "']"));
            if (!items.isEmpty() && items.getFirst().isDisplayed()) {
                ((JavascriptExecutor) d).executeScript("arguments[0].click()", items.getFirst());
            }
            return item.equals(((JavascriptExecutor) d).executeScript(
                    "return arguments[0].querySelector('vaadin-select-value-button')?.textContent.trim()", select));
        });
    }

    private static WebElement labelled(WebDriver screen, String tag, String label) {
        return (WebElement) ((JavascriptExecutor) screen).executeScript(
                "return [...document.querySelectorAll(arguments[0])].find(e => e.label === arguments[1])", tag, label);
    }

    private static String active(WebDriver screen) {
        Object placeholder = ((JavascriptExecutor) screen).executeScript(
                "return document.activeElement.closest('vaadin-text-field')?.getAttribute('placeholder') ?? ''");
        return String.valueOf(placeholder);
    }

    private static void waitForLine(WebDriver screen, String list, String line) {
        Browser.waitFor(screen, 15).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(list), line));
    }

    static void screenshot(WebDriver driver, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
