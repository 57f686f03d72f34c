package dev.verdict.decisionlog.ui;

import static dev.verdict.CommandLine.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.verdict.AdrRepos;
import dev.verdict.AsUser;
import dev.verdict.Axe;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.decisionlog.DecisionLogService;
import dev.verdict.decisionlog.LogFilter;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.RepositoryService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** The decision log in headless Chromium, on a laptop and on a phone: search, a row, the ADR opened. */
class DecisionLogBrowserIT extends BrowserTest {

    @Autowired
    RepositoryService repositories;
    @Autowired
    DecisionLogService log;

    @TempDir
    Path temp;

    @Test
    void anyone_finds_an_adr_by_its_text_and_opens_it_rendered_with_its_tags_and_deciders() throws IOException {
        String word = "tapir" + UUID.randomUUID().toString().substring(0, 6);
        Path remote = AdrRepos.bareRepository("madr4", temp);
        Path work = AdrRepos.clone(remote, temp.resolve("work"));
        Files.writeString(work.resolve("docs/decisions/0003-cache-" + word + "-pages.md"),
                "---\nstatus: accepted\ndate: 2026-10-01\ndecision-makers: Carol, Dan\ntags: [caching, " + word + "]\n---\n\n"
                        + "# Cache " + word + " pages for five minutes\n\n## Context and Problem Statement\n\n"
                        + "Pages take 4 s. <script>alert('x')</script>\n\n## Decision Outcome\n\nChosen option: \"a page cache\".\n");
        git(work, "add", "-A");
        git(work, "-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-q", "-m", "Cache ADR");
        git(work, "push", "-q", "origin", "HEAD:main");
        String name = "Shop " + word;
        AsUser.run("admin", () -> repositories.connect(new NewRepository(name, remote.toString(), "main", null, null, null, null)));
        // Connecting a repository refreshes the log a moment later.
        await().atMost(Duration.ofSeconds(60)).until(() -> !AsUser.call("alice", () -> log.entries(LogFilter.NONE.withText(word))).isEmpty());

        Browser.login(browser, base(), "alice");
        browser.get(base() + "/decisions");
        var wait = Browser.waitFor(browser, 60);
        var search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-text-field.decision-search input")));
        search.sendKeys(word, Keys.ENTER);
        wait.until(d -> d.findElement(By.cssSelector(".decision-log-count")).getText().equals("1 decision"));
        wait.until(d -> d.findElement(By.tagName("vaadin-grid")).getText().contains("Cache " + word + " pages for five minutes"));
        String row = browser.findElement(By.tagName("vaadin-grid")).getText();
        assertThat(row).contains("0003", "Accepted", "2026-10-01", name, "caching, " + word, "Carol, Dan");
        for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
            Browser.viewport(browser, size[0], size[1]);
            boolean phone = size[0] < 500;
            // On a phone each decision is one card, and the filters fold away.
            wait.until(d -> d.findElements(By.cssSelector("vaadin-grid .adr-card")).stream().anyMatch(c -> c.isDisplayed()) == phone);
            wait.until(d -> d.findElement(By.tagName("vaadin-grid")).getText().contains("Cache " + word));
            assertThat(Axe.violations(browser).stream().filter(Axe.Violation::blocking).toList()).as("axe at " + size[0]).isEmpty();
            Browser.screenshot(browser, "decision-log-" + size[0] + ".png");
        }
        Browser.viewport(browser, 1440, 900);

        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[normalize-space()='Cache " + word + " pages for five minutes']"))).click();
        var heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".decision-adr h1")));
        assertThat(heading.getText()).isEqualTo("Cache " + word + " pages for five minutes");
        assertThat(browser.findElement(By.cssSelector(".decision-adr")).getText()).as("raw HTML shows as text")
                .contains("<script>alert('x')</script>");
        assertThat(browser.findElement(By.cssSelector(".decision-facts")).getText()).contains("Accepted", "Carol, Dan", "caching, " + word,
                "docs/decisions/0003-cache-" + word + "-pages.md");
        for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
            Browser.viewport(browser, size[0], size[1]);
            assertThat(Axe.violations(browser).stream().filter(Axe.Violation::blocking).toList()).as("axe at " + size[0]).isEmpty();
            Browser.screenshot(browser, "decision-" + size[0] + ".png");
        }
    }
}
