package dev.verdict.decisionlog.ui;

import static dev.verdict.CommandLine.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.verdict.AdrRepos;
import dev.verdict.AsUser;
import dev.verdict.Axe;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.TestDocs;
import dev.verdict.decisionlog.DecisionLogService;
import dev.verdict.decisionlog.LogFilter;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.PreReadService;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.RepositoryService;
import dev.verdict.review.DocReference;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** "Related decisions" beside the pre-read's outline and in the room, in headless Chromium on a laptop and a phone. */
class RelatedDecisionsBrowserIT extends BrowserTest {

    @Autowired
    RepositoryService repositories;
    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preReads;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionLogService log;

    @TempDir
    Path temp;

    @Test
    void the_adr_on_the_docs_topic_shows_beside_the_outline_and_in_the_room_with_its_status() throws IOException {
        String word = "dugong" + UUID.randomUUID().toString().substring(0, 6);
        UUID review = reviewOnTopic(word);

        Browser.login(browser, base(), "alice");
        browser.get(base() + "/reviews/" + review + "/read");
        var wait = Browser.waitFor(browser, 60);
        var first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pre-read-side .related-decision")));
        assertThat(first.getText()).contains("0003 · Render " + word + " pages on every request", "Accepted", "Shop " + word);
        photograph("related-decisions-pre-read");

        AsUser.run("mia", () -> meetings.start(review));
        browser.get(base() + "/reviews/" + review);
        first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".related-decisions .related-decision")));
        assertThat(first.getText()).contains("0003 · Render " + word + " pages on every request", "Accepted");
        photograph("related-decisions-room");

        first.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".decision-adr h1")));
        assertThat(browser.getCurrentUrl()).contains("/decisions/");
    }

    @Test
    void the_decision_form_offers_the_accepted_adr_on_the_topic_as_the_one_superseded() throws IOException {
        String word = "manatee" + UUID.randomUUID().toString().substring(0, 6);
        UUID review = reviewOnTopic(word);
        AsUser.run("mia", () -> meetings.start(review));

        Browser.login(browser, base(), "mia");
        browser.get(base() + "/reviews/" + review + "/decision");
        var wait = Browser.waitFor(browser, 60);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select[label[text()='Outcome']]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space(.)='Approved']"))).click();
        var hint = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".supersede-hint")));
        assertThat(hint.getText()).contains("0003 · Render " + word + " pages on every request", "is about the same topic");
        photograph("supersede-suggestion", ".supersede-hint");
    }

    /** A connected repository with an accepted ADR on a topic, and a review of a doc on it with its pre-read open. */
    private UUID reviewOnTopic(String word) throws IOException {
        Path remote = AdrRepos.bareRepository("madr4", temp);
        Path work = AdrRepos.clone(remote, temp.resolve("work"));
        Files.writeString(work.resolve("docs/decisions/0003-render-" + word + "-pages.md"),
                "---\nstatus: accepted\ndate: 2025-05-01\n---\n\n# Render " + word + " pages on every request\n\n"
                        + "## Context and Problem Statement\n\nThe " + word + " shop renders each page per request; no page cache.\n");
        Files.createDirectories(work.resolve("docs/design"));
        Files.writeString(work.resolve("docs/design/" + word + ".md"), "# A page cache for the " + word + " shop\n\n"
                + "The " + word + " shop renders every page on every request.\n\n" + TestDocs.READY);
        git(work, "add", "-A");
        git(work, "-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-q", "-m", "ADR and doc");
        git(work, "push", "-q", "origin", "HEAD:main");
        UUID repository = AsUser.call("admin", () -> repositories.connect(new NewRepository("Shop " + word, remote.toString(), "main",
                null, null, null, null)));
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("A page cache for the " + word + " shop", null,
                new DocReference(repository, "docs/design/" + word + ".md", reviews.browse(repository).headCommit()),
                "bob", "alice", Set.of(), Set.of(), 30, null)));
        AsUser.run("mia", () -> preReads.open(review));
        await().atMost(Duration.ofSeconds(60)).until(() -> !AsUser.call("alice", () -> log.entries(LogFilter.NONE.withText(word))).isEmpty());

        return review;
    }

    private void photograph(String name) {
        photograph(name, ".related-decisions");
    }

    private void photograph(String name, String selector) {
        for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
            Browser.viewport(browser, size[0], size[1]);
            ((JavascriptExecutor) browser).executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'center'});", selector);
            assertThat(Axe.violations(browser).stream().filter(Axe.Violation::blocking).toList()).as(name + " axe at " + size[0]).isEmpty();
            Browser.screenshot(browser, name + "-" + size[0] + ".png");
        }
        Browser.viewport(browser, 1440, 900);
    }
}
