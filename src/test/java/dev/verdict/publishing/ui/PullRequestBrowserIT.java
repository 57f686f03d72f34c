package dev.verdict.publishing.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.verdict.Axe;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.decision.DecisionService;
import dev.verdict.meeting.MeetingService;
import dev.verdict.publishing.PullRequestFixture;
import dev.verdict.repository.RepositoryService;
import dev.verdict.review.ReviewService;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pull request on the publication page in headless Chromium, on a laptop and on a phone: an
 * opened one as a link with its state, one whose host API is down as "pending" with Retry, and
 * the Repositories page where an admin sets the host API.
 */
class PullRequestBrowserIT extends BrowserTest {

    static WireMockServer host;

    @Autowired
    RepositoryService repositories;
    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;

    @TempDir
    Path temp;

    @BeforeAll
    static void startHost() {
        host = new WireMockServer(options().dynamicPort());
        host.start();
    }

    @AfterAll
    static void stopHost() {
        host.stop();
    }

    @Test
    void the_moderator_follows_the_pull_request_from_the_publication_page() {
        var fixture = new PullRequestFixture(repositories, reviews, meetings, decisions);
        String project = "acme/shop-" + UUID.randomUUID().toString().substring(0, 6);
        PullRequestFixture.stubGitHub(host, project, 17);
        UUID repository = fixture.connect(temp, host, project);
        UUID opened = fixture.review(repository, "Cache product pages");
        fixture.decide(opened);

        String down = "acme/down-" + UUID.randomUUID().toString().substring(0, 6);
        host.stubFor(get(urlPathEqualTo("/repos/" + down + "/pulls")).willReturn(aResponse().withStatus(503)));
        UUID waiting = fixture.review(fixture.connect(temp, host, down), "Search indexing");
        fixture.decide(waiting);

        Browser.login(browser, base(), "mia");
        var wait = Browser.waitFor(browser, 90);
        browser.get(base() + "/reviews/" + opened + "/publication");
        var link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.pull-request-link")));
        assertThat(link.getText()).isEqualTo("Pull request #17");
        assertThat(link.getAttribute("href")).isEqualTo("https://github.com/" + project + "/pull/17");
        assertThat(browser.findElement(By.cssSelector(".pull-request-state")).getText()).isEqualTo("open");
        shots("pull-request-open");

        browser.get(base() + "/reviews/" + waiting + "/publication");
        var pending = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pull-request-pending")));
        assertThat(pending.getText()).startsWith("Pushed, pull request pending (attempt ");
        assertThat(browser.findElements(By.xpath("//vaadin-button[normalize-space(.)='Retry']"))).hasSize(1);
        shots("pull-request-pending");

        browser.manage().deleteAllCookies();
        Browser.login(browser, base(), "admin");
        browser.get(base() + "/repositories");
        // Other tests connect repositories too: scroll the grid until a row with a code host is drawn.
        wait.until(d -> scrollToACodeHost());
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelector('vaadin-grid.repositories').scrollIntoView()");
        shots("repositories-pull-request-host");
        Browser.viewport(browser, 1440, 900);
        // The grid draws its cells again after the resize: click once it holds still.
        wait.until(d -> {
            try {
                d.findElement(By.xpath("//vaadin-button[normalize-space(.)='Set host API']")).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException redrawn) {
                scrollToACodeHost();
                return false;
            }
        });
        wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return [...document.querySelectorAll('vaadin-password-field')].some(f => f.label === 'API token')"));
        shots("repositories-set-host-api");
    }

    /** Scrolls the Repositories grid row by row until a row showing a code host is drawn; false when none is. */
    private boolean scrollToACodeHost() {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                (async () => {
                  const grid = document.querySelector('vaadin-grid.repositories');
                  for (let i = 0; grid && i < grid.size; i += 2) {
                    if (document.querySelector('.code-host')) { done(true); return; }
                    grid.scrollToIndex(i);
                    await new Promise(r => setTimeout(r, 120));
                  }
                  done(!!document.querySelector('.code-host'));
                })();"""));
    }

    private void shots(String name) {
        for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
            Browser.viewport(browser, size[0], size[1]);
            if (name.equals("repositories-pull-request-host") && size[0] < 600) {
                // The phone layout turns each repository into a card once the resize is heard.
                Browser.waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".repository-card")));
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "document.querySelector('vaadin-grid.repositories').scrollIntoView()");
            }
            assertThat(Axe.violations(browser).stream().filter(Axe.Violation::blocking).toList())
                    .as(name + " axe at " + size[0]).isEmpty();
            Browser.screenshot(browser, name + "-" + size[0] + ".png");
        }
        Browser.viewport(browser, 1440, 900);
    }
}
