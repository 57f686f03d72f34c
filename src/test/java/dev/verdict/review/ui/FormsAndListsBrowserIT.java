package dev.verdict.review.ui;

import static dev.verdict.CommandLine.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.verdict.AsUser;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.PreReadService;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.RepositoryService;
import dev.verdict.review.AgendaItemDraft;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ReviewStatus;
import dev.verdict.review.ScheduledStart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The forms and lists a new user meets, in a real Chromium at 1440×900 and 390×844: screenshots
 * under target/screenshots/forms-*.png, and checks that what they show is whole.
 */
class FormsAndListsBrowserIT extends BrowserTest {

    private static final String LONG_TITLE = "KEP-1040: Priority and Fairness for API Requests, with a title long enough to wrap";

    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preReads;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    RepositoryService repositories;

    @TempDir
    Path temp;

    @Test
    void favicon_is_served_without_a_login() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith(0, 0, 1, 0); // the ICO header: reserved 0, type 1 (icon)
    }

    @Test
    void my_reviews_and_the_bell_show_status_outcome_and_whole_entries() throws Exception {
        UUID published = open(LONG_TITLE, null);
        AsUser.run("mia", () -> meetings.start(published));
        AsUser.run("mia", () -> decisions.close(published, CloseMeeting.of(Outcome.APPROVED, "Go", "Fair",
                "alice", new AlternativeConsidered("Token bucket", "Unfair to small tenants"))));
        for (var start : new ScheduledStart[] {null, new ScheduledStart(LocalDateTime.now().plusDays(8).withHour(10).withMinute(0), ZoneId.of("Europe/Berlin"))}) {
            UUID id = open("RFC 9110 HTTP Semantics review", start);
            AsUser.run("mia", () -> preReads.open(id));
        }
        UUID running = open("Running: queue sizing", null);
        AsUser.run("mia", () -> meetings.start(running));
        await().atMost(Duration.ofSeconds(30)).until(() -> AsUser.call("mia", () -> reviews.mine()).stream()
                .anyMatch(r -> r.id().equals(published) && r.status() == ReviewStatus.PUBLISHED));

        Browser.login(browser, base(), "mia");
        browser.get(base() + "/");
        Browser.waitFor(browser, 60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".my-reviews .adr-link")));
        assertThat(((JavascriptExecutor) browser).executeScript("return [...document.querySelectorAll('*')].map(e => e.tagName.toLowerCase())"
                + ".filter(t => t.startsWith('copilot-') || t.startsWith('vaadin-dev-tools')).join(' ')"))
                .as("no dev-tools popover over the top bar").isEqualTo("");
        shots("forms-my-reviews");
        // shots() leaves the window at 390×844: one card per review, nothing scrolled out of sight.
        Browser.waitFor(browser, 10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".my-reviews-card")));
        assertThat(((JavascriptExecutor) browser).executeScript(
                "const t = document.querySelector('vaadin-grid.my-reviews').shadowRoot.querySelector('#table');"
                        + " return t.scrollWidth <= t.clientWidth + 1;"))
                .as("My reviews fits a phone without sideways scrolling").isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector(".my-reviews-card")).stream().map(WebElement::getText))
                .anySatisfy(card -> assertThat(card).contains("Running: queue sizing").contains("In progress"));

        browser.manage().window().setSize(new Dimension(1440, 900));
        Browser.login(browser, base(), "alice");
        browser.get(base() + "/");
        Browser.waitFor(browser, 60).until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.notification-bell"))).click();
        Browser.waitFor(browser, 10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notification-when")));
        WebElement entry = browser.findElements(By.cssSelector("vaadin-button.notification")).getFirst();
        assertThat(fits(entry)).as("the bell's entry shows its whole message").isTrue();
        screenshot("forms-bell-1440.png");
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("forms-bell-390.png");
    }

    @Test
    void the_new_review_form_shows_role_conflicts_and_hints_as_they_are_picked() throws Exception {
        Browser.login(browser, base(), "mia");
        browser.manage().window().setSize(new Dimension(1440, 900));
        browser.get(base() + "/new");
        pick("vaadin-combo-box", "Decision maker", "Mia");
        pick("vaadin-combo-box", "Author", "Olga");
        pick("vaadin-multi-select-combo-box", "Observers", "Olga");
        Browser.waitFor(browser, 10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".role-conflicts li")));
        assertThat(browser.findElement(By.cssSelector(".role-conflicts")).getText())
                .contains("Olga Observer is picked as observer and as author");
        assertThat(browser.findElement(By.cssSelector(".role-hints")).getText()).contains("You moderate and decide");
        WebElement author = browser.findElement(By.xpath("//vaadin-combo-box[label[text()='Author']]//input"));
        assertThat(author.getAttribute("value")).isEqualTo("Olga Observer (olga)");
        assertThat(fits(author)).as("the picked name is not cut").isTrue();
        shots("forms-new-review");
        Object beyond = ((JavascriptExecutor) browser).executeScript("return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".map(e => e.tagName.toLowerCase() + '.' + e.className).join(' | ')");
        assertThat(beyond).as("the form fits a phone without sideways scrolling").isEqualTo("");
    }

    @Test
    void an_agenda_over_its_timebox_asks_before_the_meeting_starts() throws Exception {
        UUID id = open("Over the timebox", null);
        AsUser.run("mia", () -> {
            var items = new ArrayList<AgendaItemDraft>();
            reviews.details(id).agenda().forEach(i -> items.add(new AgendaItemDraft(i.title(), i.plannedMinutes(), i.sectionMarkdown())));
            items.set(0, new AgendaItemDraft(items.getFirst().title(), items.getFirst().minutes() + 10, items.getFirst().sectionMarkdown()));
            reviews.replanAgenda(id, items);
        });
        Browser.login(browser, base(), "mia");
        browser.manage().window().setSize(new Dimension(1440, 900));
        browser.get(base() + "/reviews/" + id);
        Browser.waitFor(browser, 60).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='Start meeting']"))).click();
        Browser.waitFor(browser, 10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog")));
        Thread.sleep(500);
        shots("forms-start-over-timebox");
    }

    @Test
    void the_decision_forms_outcome_and_decision_maker_show_their_whole_choice() throws Exception {
        UUID id = open("Outcome picker", null);
        AsUser.run("mia", () -> meetings.start(id));
        Browser.login(browser, base(), "mia");
        browser.manage().window().setSize(new Dimension(1440, 900));
        browser.get(base() + "/reviews/" + id + "/decision");
        Browser.waitFor(browser, 60).until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select[label[text()='Outcome']]"))).click();
        Browser.waitFor(browser, 10).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='Approved with conditions']"))).click();
        Thread.sleep(300);
        WebElement shown = browser.findElement(By.xpath("//vaadin-select[label[text()='Outcome']]//vaadin-select-value-button"));
        assertThat(shown.getText()).isEqualTo("Approved with conditions");
        assertThat(fits(shown)).as("the chosen outcome is not cut").isTrue();
        shots("forms-decision");
    }

    @Test
    void the_repositories_page_and_a_log4brains_adr_log_show_conventions_titles_and_statuses_whole() throws Exception {
        Path remote = temp.resolve("decisions.git");
        git(temp, "init", "-q", "--bare", "-b", "main", remote.toString());
        Path work = temp.resolve("work");
        git(temp, "clone", "-q", remote.toUri().toString(), work.toString());
        Files.writeString(work.resolve(".log4brains.yml"), "project:\n  name: Demo\n  tz: Europe/Berlin\n  adrFolder: ./docs/adr\n");
        Files.createDirectories(work.resolve("docs/adr"));
        Files.writeString(work.resolve("docs/adr/20260105-use-a-message-queue-between-the-editor-and-the-search-indexer.md"),
                "# Use a message queue between the editor and the search indexer\n\n- Status: superseded by [20260310-stream-changes-through-change-data-capture](20260310-stream-changes-through-change-data-capture.md)\n- Date: 2026-01-05\n\n## Context\n\nX\n");
        Files.writeString(work.resolve("docs/adr/20260310-stream-changes-through-change-data-capture.md"),
                "# Stream changes through change data capture instead of a queue\n\n- Status: accepted\n- Date: 2026-03-10\n- Supersedes: [20260105-use-a-message-queue-between-the-editor-and-the-search-indexer](20260105-use-a-message-queue-between-the-editor-and-the-search-indexer.md)\n\n## Context\n\nY\n");
        git(work, "add", ".");
        git(work, "commit", "-q", "-m", "ADRs");
        git(work, "push", "-q", "origin", "HEAD:main");
        String name = "Search platform decisions " + UUID.randomUUID().toString().substring(0, 4);
        UUID repo = AsUser.call("admin", () -> repositories.connect(new NewRepository(name, remote.toString(), "main",
                null, null, null, null)));

        Browser.login(browser, base(), "admin");
        browser.manage().window().setSize(new Dimension(1440, 900));
        browser.get(base() + "/repositories");
        Browser.waitFor(browser, 60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-grid")));
        Thread.sleep(500);
        shots("forms-repositories");

        browser.manage().window().setSize(new Dimension(1440, 900));
        browser.get(base() + "/repositories/" + repo + "/adrs");
        Browser.waitFor(browser, 60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".adr-log-source")));
        Browser.waitFor(browser, 10).until(d -> ((String) ((JavascriptExecutor) d).executeScript(
                "return document.querySelector('vaadin-grid.adr-log').innerText")).contains("Superseded by"));
        String text = (String) ((JavascriptExecutor) browser).executeScript("return document.querySelector('vaadin-grid.adr-log').innerText");
        assertThat(text).contains("Superseded by 20260310 · Stream changes through change data capture instead of a queue")
                .doesNotContain("](");
        shots("forms-adr-log");
    }

    private UUID open(String title, ScheduledStart start) {
        return AsUser.call("mia", () -> reviews.open(new NewReview(title, TestDocs.READY, null, null, null,
                Set.of("alice"), Set.of(), 30, start)));
    }

    /** Types into the labelled combo box and takes the first match, as a person would. */
    private void pick(String tag, String label, String typed) throws InterruptedException {
        WebElement input = Browser.waitFor(browser, 60).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//" + tag + "[label[text()='" + label + "']]//input")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        Thread.sleep(200);
        input.click();
        input.sendKeys(typed);
        Thread.sleep(400);
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        Thread.sleep(300);
        // Tab commits and moves on; Escape would clear a combo box that shows a clear button.
        input.sendKeys(Keys.TAB);
        Thread.sleep(300);
    }

    /** Nothing cut: the element's content fits its box. */
    private boolean fits(WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "const e = arguments[0]; return e.scrollWidth <= e.clientWidth + 1;", element);
    }

    private void shots(String name) throws Exception {
        browser.manage().window().setSize(new Dimension(1440, 900));
        Thread.sleep(400);
        screenshot(name + "-1440.png");
        browser.manage().window().setSize(new Dimension(390, 844));
        Thread.sleep(400);
        screenshot(name + "-390.png");
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
