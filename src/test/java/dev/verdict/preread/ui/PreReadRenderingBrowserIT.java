package dev.verdict.preread.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.AsUser;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.Fixtures;
import dev.verdict.preread.PreReadService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import dev.verdict.shared.ui.RenderedMarkdown;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pre-read renders a doc as GitHub does, in a real headless Chromium: in-doc links (a table of
 * contents, footnotes and their back-links) scroll within the reader and leave the URL on the
 * reader, and a Mermaid diagram is drawn.
 */
class PreReadRenderingBrowserIT extends BrowserTest {

    private static final String FILLER = "Words to read before the next part.\n\n".repeat(40);

    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preRead;

    @Test
    void in_doc_links_and_footnotes_scroll_within_the_reader_and_the_url_stays_on_it() throws Exception {
        String doc = """
                # Caching

                <!-- toc -->
                - [Problem](#problem)
                - [Failure modes](#failure-modes)
                - [Rollback](#rollback)
                <!-- /toc -->

                ## Problem

                Pages are slow[^slow].

                """ + FILLER + """
                ## Failure modes

                A cache stampede after a deploy.

                """ + FILLER + """
                ## Rollback

                Turn the cache flag off.

                """ + FILLER + """
                [^slow]: 4 s for 40% of users.
                """;
        String reader = openReader(doc);
        var js = (JavascriptExecutor) browser;
        assertThat(browser.findElement(By.cssSelector(".pre-read-doc")).getText()).doesNotContain("<!--", "toc -->");

        browser.findElement(By.cssSelector(".pre-read-doc a[href='#rollback']")).click();

        Browser.waitFor(browser, 5).until(d -> Math.abs(offsetInReader("user-content-rollback")) < 5);
        assertThat(browser.getCurrentUrl()).isEqualTo(reader);
        assertThat(browser.findElement(By.tagName("h2")).getText()).as("the page itself did not scroll away").isEqualTo("Pre-read: Caching");

        js.executeScript("document.getElementById('user-content-problem').scrollIntoView({container: 'nearest'})");
        browser.findElement(By.cssSelector(".pre-read-doc sup a[href='#fn-slow']")).click();
        Browser.waitFor(browser, 5).until(d -> shownInReader("fn-slow"));
        assertThat(browser.findElement(By.id("fn-slow")).getText()).startsWith("4 s for 40% of users.");

        browser.findElement(By.cssSelector("#fn-slow a.footnote-backref")).click();
        Browser.waitFor(browser, 5).until(d -> Math.abs(offsetInReader("fnref-slow")) < 5);
        assertThat(browser.getCurrentUrl()).isEqualTo(reader);
    }

    @Test
    void a_mermaid_diagram_is_drawn_as_svg_from_the_webjar() throws Exception {
        openReader("""
                # Queue

                ```mermaid
                graph LR
                  Editor --> Queue --> Indexer
                ```

                - [x] Queue chosen[^why]
                - [ ] Indexer sized

                | Part | Owner |
                |:--|--:|
                | Queue | ~~Platform~~ Search |

                [^why]: It decouples the editor from indexing.
                """);

        WebElement svg = Browser.waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".pre-read-doc pre.mermaid svg")));

        assertThat(svg.findElements(By.cssSelector(".node"))).hasSize(3);
        assertThat(svg.getText()).contains("Editor", "Queue", "Indexer");
        assertThat(browser.findElement(By.cssSelector(".pre-read-doc pre.mermaid")).getText()).doesNotContain("-->");
        screenshot("pre-read-diagram.png");
    }

    @Test
    void mermaid_is_served_from_its_webjar_without_a_login_and_cached_for_a_year() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/" + RenderedMarkdown.MERMAID_SCRIPT))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/javascript");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(response.body()).endsWith("globalThis.mermaid = globalThis.__esbuild_esm_mermaid.default;\n");
    }

    @Test
    void a_kep_reads_with_its_table_of_contents_on_a_laptop_and_a_phone() throws Exception {
        String reader = openReader(Fixtures.designDoc(Fixtures.KEP_1040));
        browser.manage().window().setSize(new Dimension(1440, 900));
        screenshot("pre-read-kep-1440.png");

        browser.findElement(By.cssSelector(".pre-read-doc a[href='#dispatching']")).click();

        Browser.waitFor(browser, 5).until(d -> Math.abs(offsetInReader("user-content-dispatching")) < 5);
        assertThat(browser.getCurrentUrl()).isEqualTo(reader);
        screenshot("pre-read-kep-1440-dispatching.png");
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("pre-read-kep-390.png");
    }

    @Test
    void on_a_phone_an_attendee_reads_the_doc_and_comments_on_a_section() throws Exception {
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        openReader(Fixtures.designDoc(Fixtures.REALTIME_COLLABORATION));
        var js = (JavascriptExecutor) browser;
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue())
                .as("nothing scrolls sideways").isLessThanOrEqualTo(390);
        assertThat(browser.findElement(By.cssSelector(".pre-read-doc")).getText()).contains("Users editing the same document see stale content");

        var section = browser.findElements(By.cssSelector("vaadin-select")).stream()
                .filter(s -> "Section".equals(s.getDomProperty("label"))).findFirst().orElseThrow();
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", section);
        section.click();
        Browser.waitFor(browser, 10).until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.getText().strip().equals("7. Failure Modes")).findFirst().orElse(null)).click();
        var comment = browser.findElements(By.cssSelector("vaadin-text-area")).stream()
                .filter(t -> "Comment".equals(t.getDomProperty("label"))).findFirst().orElseThrow()
                .findElement(By.cssSelector("textarea"));
        comment.sendKeys("What does an editor see while the WebSocket reconnects?");
        var add = browser.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals("Add comment")).findFirst().orElseThrow();
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", add);
        add.click();

        Browser.waitFor(browser, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".comments"),
                "What does an editor see while the WebSocket reconnects?"));
        assertThat(browser.findElement(By.cssSelector(".comments")).getText()).contains("7. Failure Modes");
        for (String part : java.util.List.of(".comment-form vaadin-text-area", ".comment-form vaadin-text-field", ".comment-thread")) {
            assertThat(((Number) js.executeScript("return document.querySelector(arguments[0]).getBoundingClientRect().right",
                    part)).doubleValue()).as("%s ends within the screen", part).isLessThanOrEqualTo(390);
        }
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        screenshot("pre-read-comment-390.png");
    }

    private String openReader(String doc) {
        UUID id = AsUser.call("mia", () -> reviews.open(new NewReview("Caching", doc, Set.of("alice"), Set.of(), 30)));
        AsUser.run("mia", () -> preRead.open(id));
        Browser.login(browser, base(), "alice");
        String reader = base() + "/reviews/" + id + "/read";
        browser.get(reader);
        Browser.waitFor(browser, 60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pre-read-doc .markdown")));
        return browser.getCurrentUrl();
    }

    /** How far the element's top is below the top of the reader's scrolling box, in CSS pixels. */
    private double offsetInReader(String id) {
        Object offset = ((JavascriptExecutor) browser).executeScript("""
                const target = document.getElementById(arguments[0]);
                const reader = document.querySelector('.pre-read-doc');
                return target.getBoundingClientRect().top - reader.getBoundingClientRect().top;""", id);
        return ((Number) offset).doubleValue();
    }

    /** The element lies wholly inside the reader's scrolling box as it is scrolled now. */
    private boolean shownInReader(String id) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("""
                const target = document.getElementById(arguments[0]).getBoundingClientRect();
                const reader = document.querySelector('.pre-read-doc').getBoundingClientRect();
                return target.top >= reader.top && target.bottom <= reader.bottom;""", id);
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
