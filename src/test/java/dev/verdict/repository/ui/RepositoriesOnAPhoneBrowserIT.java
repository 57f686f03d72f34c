package dev.verdict.repository.ui;

import static dev.verdict.CommandLine.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.AsUser;
import dev.verdict.Axe;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.RepositoryService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Repositories page and an ADR log on a 390×844 phone: nothing scrolls sideways, and every
 * repository, title and status is there whole. Screenshots: target/screenshots/phone-*.png.
 */
class RepositoriesOnAPhoneBrowserIT extends BrowserTest {

    private static final String OLD_TITLE = "Use a message queue between the editor and the search indexer";
    private static final String NEW_TITLE = "Stream changes through change data capture instead of a queue";

    /** The page is no wider than the window, and neither is the grid's own table. */
    private static final String SIDEWAYS = """
            const grid = document.querySelector(arguments[0]);
            const table = grid.shadowRoot.querySelector('#table');
            return [document.documentElement.scrollWidth - window.innerWidth, table.scrollWidth - table.clientWidth];""";

    /** The texts of the shown cards' parts, each with whether it is cut (wider than its box or past the grid's edge). */
    private static final String CARD_PARTS = """
            const grid = document.querySelector(arguments[0]).getBoundingClientRect();
            return [...document.querySelectorAll(arguments[1])].filter(e => e.getBoundingClientRect().height > 0)
                .map(e => {
                  const r = e.getBoundingClientRect();
                  const cut = e.scrollWidth > e.clientWidth + 1 || r.right > grid.right + 1 || r.left < grid.left - 1;
                  return (cut ? 'CUT ' : '') + e.textContent.trim();
                });""";

    @Autowired
    RepositoryService repositories;

    @TempDir
    Path temp;

    @Test
    void on_a_phone_the_repositories_and_an_adr_log_fit_the_screen_with_every_title_and_status_whole() throws Exception {
        String name = "Search platform decisions " + UUID.randomUUID().toString().substring(0, 4);
        Path remote = log4brainsRepository();
        UUID repo = AsUser.call("admin", () -> repositories.connect(new NewRepository(name, remote.toString(), "main",
                null, null, null, null)));
        Browser.viewport(browser, 390, 844);
        Browser.login(browser, base(), "admin");

        browser.get(base() + "/repositories");
        Browser.waitFor(browser, 60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".repository-card")));
        assertThat(js(SIDEWAYS, "vaadin-grid.repositories")).as("page and grid wider than the screen by").isEqualTo(List.of(0L, 0L));
        assertThat(js(CARD_PARTS, "vaadin-grid.repositories", ".repository-card > *"))
                .contains(name, remote.toString(), "ADR log").noneMatch(text -> text.toString().startsWith("CUT "));
        ((JavascriptExecutor) browser).executeScript("document.querySelector('vaadin-grid.repositories').scrollIntoView()");
        screenshot("phone-repositories-390.png");
        Axe.assertNoSeriousViolations(browser, "Repositories on a phone");

        browser.get(base() + "/repositories/" + repo + "/adrs");
        Browser.waitFor(browser, 60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".adr-card")));
        assertThat(js(SIDEWAYS, "vaadin-grid.adr-log")).as("page and grid wider than the screen by").isEqualTo(List.of(0L, 0L));
        assertThat(js(CARD_PARTS, "vaadin-grid.adr-log", ".adr-card > *"))
                .contains(OLD_TITLE, NEW_TITLE, "Superseded by 20260310 · " + NEW_TITLE, "Accepted")
                .noneMatch(text -> text.toString().startsWith("CUT "));
        screenshot("phone-adr-log-390.png");
        Axe.assertNoSeriousViolations(browser, "the ADR log on a phone");

        Browser.viewport(browser, 1440, 900);
        Browser.waitFor(browser, 10).until(d -> browser.findElements(By.cssSelector(".adr-card")).stream().noneMatch(e -> e.isDisplayed()));
        String wide = (String) ((JavascriptExecutor) browser).executeScript("return document.querySelector('vaadin-grid.adr-log').innerText");
        assertThat(wide).as("a laptop gets the columns back").contains("Supersede chain", NEW_TITLE);
        screenshot("phone-adr-log-back-on-a-laptop-1440.png");
    }

    /** A log4brains repository with one ADR superseded by another, both with long titles. */
    private Path log4brainsRepository() throws Exception {
        Path remote = temp.resolve("decisions.git");
        git(temp, "init", "-q", "--bare", "-b", "main", remote.toString());
        Path work = temp.resolve("work");
        git(temp, "clone", "-q", remote.toUri().toString(), work.toString());
        Files.writeString(work.resolve(".log4brains.yml"), "project:\n  name: Demo\n  tz: Europe/Berlin\n  adrFolder: ./docs/adr\n");
        Files.createDirectories(work.resolve("docs/adr"));
        String old = "20260105-use-a-message-queue-between-the-editor-and-the-search-indexer";
        String current = "20260310-stream-changes-through-change-data-capture";
        Files.writeString(work.resolve("docs/adr/" + old + ".md"), "# " + OLD_TITLE + "\n\n- Status: superseded by ["
                + current + "](" + current + ".md)\n- Date: 2026-01-05\n\n## Context\n\nX\n");
        Files.writeString(work.resolve("docs/adr/" + current + ".md"), "# " + NEW_TITLE + "\n\n- Status: accepted\n- Date: 2026-03-10\n"
                + "- Supersedes: [" + old + "](" + old + ".md)\n\n## Context\n\nY\n");
        git(work, "add", ".");
        git(work, "commit", "-q", "-m", "ADRs");
        git(work, "push", "-q", "origin", "HEAD:main");
        return remote;
    }

    @SuppressWarnings("unchecked")
    private List<Object> js(String script, Object... args) {
        return (List<Object>) ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
