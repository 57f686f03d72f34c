package dev.verdict.preread.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.AsUser;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.preread.CommentKind;
import dev.verdict.preread.NewComment;
import dev.verdict.preread.PreReadService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The OWASP XSS filter-evasion vectors in a doc, a comment (body and quote) and a title, shown on
 * the pre-read page in a real headless Chromium: no injected script runs (the sentinel global stays
 * unset), and no element from them carries an event handler, a script URL or an active tag. A
 * hostile Mermaid diagram (click callbacks, script links, HTML labels) is drawn and clicked and
 * runs nothing either, beside a benign one drawn as an svg.
 */
class PreReadXssBrowserIT extends BrowserTest {

    /** From the OWASP XSS Filter Evasion Cheat Sheet, each made to set window.__xss instead of alerting. */
    static final List<String> OWASP_VECTORS = List.of(
            "<SCRIPT>window.__xss='script'</SCRIPT>",
            "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+window.__xss=\"polyglot\"//'>",
            "<IMG SRC=\"javascript:window.__xss='img';\">",
            "<IMG SRC=JaVaScRiPt:window.__xss='case'>",
            "<IMG SRC=`javascript:window.__xss='grave'`>",
            "<a onmouseover=\"window.__xss='a'\">xxs link</a>",
            "<IMG \"\"\"><SCRIPT>window.__xss='quotes'</SCRIPT>\">",
            "<IMG SRC=# onmouseover=\"window.__xss='hash'\">",
            "<IMG SRC=/ onerror=\"window.__xss='onerror'\"></img>",
            "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058window.__xss='dec'\">",
            "<IMG SRC=\"jav\tascript:window.__xss='tab';\">",
            "<IMG SRC=\"jav&#x0A;ascript:window.__xss='newline';\">",
            "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=window.__xss='body'>",
            "<<SCRIPT>window.__xss='extra';//\\<</SCRIPT>",
            "<IFRAME SRC=\"javascript:window.__xss='iframe';\"></IFRAME>",
            "<svg/onload=window.__xss='svg'>",
            "<svg><script>window.__xss='svgscript'</script></svg>",
            "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:window.__xss='input';\">",
            "<STYLE>li {list-style-image: url(\"javascript:window.__xss='style'\");}</STYLE><UL><LI>XSS</br>",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:window.__xss='meta';\">",
            "<TABLE BACKGROUND=\"javascript:window.__xss='table'\">",
            "<DIV STYLE=\"background-image: url(javascript:window.__xss='div')\">",
            "<object data=\"javascript:window.__xss='object'\"></object>",
            "<details open ontoggle=\"window.__xss='details'\">",
            "<a href=\"data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9J2RhdGEnPC9zY3JpcHQ+\">data link</a>",
            "[markdown link](javascript:window.__xss='md')",
            "[upper link](JAVASCRIPT:window.__xss='MD')",
            "[entity link](&#106;avascript:window.__xss='entity')",
            "![image](javascript:window.__xss='mdimg')");

    /** Mermaid's own ways to run code: a click callback, a script link, and HTML in a label. */
    static final String HOSTILE_DIAGRAM = """
            ```mermaid
            graph TD
              A["<img src=x onerror=window.__xss='mermaid-label'>"] --> B["<script>window.__xss='mermaid-script'</script>"]
              B --> C[<a href="javascript:window.__xss='mermaid-html-link'">link</a>]
              click A callback "x"
              click B "javascript:window.__xss='mermaid-link'"
              click C call callback()
            ```
            """;
    static final String BENIGN_DIAGRAM = """
            ```mermaid
            graph LR
              Editor --> Queue --> Indexer
            ```
            """;

    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preRead;


    @Test
    void no_owasp_vector_in_a_doc_a_comment_or_a_title_runs_or_leaves_a_handler() throws Exception {
        String vectors = String.join("\n\n", OWASP_VECTORS);
        String doc = "## Problem\n\n" + vectors + "\n\n## <svg/onload=window.__xss='heading'> Rollback\n\n" + vectors + "\n\n"
                + HOSTILE_DIAGRAM + "\n" + BENIGN_DIAGRAM;
        UUID id = AsUser.call("mia", () -> reviews.open(new NewReview("<img src=x onerror=\"window.__xss='title'\">",
                doc, Set.of("alice"), Set.of(), 30)));
        AsUser.run("mia", () -> preRead.open(id));
        AsUser.call("alice", () -> preRead.comment(id, new NewComment("Problem",
                "<IMG SRC=/ onerror=\"window.__xss='quote'\">", CommentKind.CONCERN, vectors)));

        Browser.login(browser, base(), "alice");
        browser.get(base() + "/reviews/" + id + "/read");
        var wait = Browser.waitFor(browser, 60);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pre-read-doc .markdown")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".comments .comment-body")));
        wait.until(d -> d.findElements(By.cssSelector(".pre-read-doc pre.mermaid svg")).size() == 2);
        Thread.sleep(500);
        var js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return window.__xss === undefined")).as("sentinel after rendering").isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector(".pre-read-doc pre.mermaid")).getLast().getText()).contains("Editor", "Indexer");

        // The diagram's click directives name a global function and a script link: strict Mermaid binds neither.
        js.executeScript("window.callback = () => { window.__xss = 'mermaid-callback'; };");
        int nodes = browser.findElements(By.cssSelector(".pre-read-doc pre.mermaid svg .node")).size();
        assertThat(nodes).isEqualTo(6);
        for (int i = 0; i < nodes; i++) {
            try {
                var node = browser.findElements(By.cssSelector(".pre-read-doc pre.mermaid svg .node")).get(i);
                new Actions(browser).moveToElement(node).click().perform();
            } catch (RuntimeException gone) {
                // The page changed under the click: the sentinel and the URL below say whether something ran.
            }
            assertThat(js.executeScript("return window.__xss === undefined")).as("sentinel after clicking node %d", i).isEqualTo(true);
        }
        assertThat(browser.getCurrentUrl()).isEqualTo(base() + "/reviews/" + id + "/read");
        @SuppressWarnings("unchecked")
        List<String> active = (List<String>) js.executeScript("""
                const found = [];
                for (const el of document.querySelectorAll('.pre-read-doc *, .comments *, .doc-outline *, h2')) {
                  // Mermaid draws an svg with its own style element: only there are those two expected.
                  const drawn = el.closest('pre.mermaid') && /^(SVG|STYLE)$/i.test(el.tagName);
                  if (/^(SCRIPT|IFRAME|OBJECT|EMBED|SVG|IMG|META|STYLE|INPUT|BODY|DETAILS|TABLE)$/i.test(el.tagName) && !drawn
                      && !el.closest('vaadin-text-field, vaadin-text-area, vaadin-select, vaadin-button, vaadin-integer-field')) {
                    found.push('tag ' + el.tagName);
                  }
                  for (const attr of el.attributes) {
                    if (attr.name.startsWith('on') || /^\\s*(javascript|data):/i.test(attr.value)) found.push(el.tagName + ' ' + attr.name);
                  }
                }
                return found;""");
        assertThat(active).isEmpty();
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Pre-read: <img src=x onerror=\"window.__xss='title'\">");
        assertThat(browser.findElement(By.cssSelector(".pre-read-doc")).getText()).contains("<SCRIPT>window.__xss='script'</SCRIPT>");
        assertThat(browser.findElement(By.cssSelector(".comments .comment-body")).getText()).contains("<svg/onload=window.__xss='svg'>");

        // The outline jumps within the page; it does not leave it.
        String page = browser.getCurrentUrl();
        browser.findElements(By.cssSelector(".doc-outline .outline-link")).getLast().click();
        Thread.sleep(300);
        assertThat(browser.getCurrentUrl()).isEqualTo(page);
        assertThat(browser.findElements(By.cssSelector(".pre-read-doc .markdown"))).hasSize(1);

        // Hover everything and follow every link: nothing runs, and the page is reloaded when a link left it.
        String selector = ".pre-read-doc a, .pre-read-doc li, .comments .comment, .doc-outline .outline-link";
        int count = browser.findElements(By.cssSelector(selector)).size();
        for (int i = 0; i < count; i++) {
            var elements = browser.findElements(By.cssSelector(selector));
            if (i >= elements.size()) {
                break;
            }
            var element = elements.get(i);
            try {
                new Actions(browser).moveToElement(element).perform();
                if (element.getTagName().equals("a") || element.getAttribute("class").contains("outline-link")) {
                    element.click();
                }
            } catch (RuntimeException ignored) {
                // An element that cannot be hovered or clicked cannot run anything either.
            }
            assertThat(js.executeScript("return window.__xss === undefined")).as("sentinel after element %d", i).isEqualTo(true);
            if (!browser.getCurrentUrl().replaceFirst("#.*$", "").equals(page)) {
                browser.get(page);
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".comments .comment-body")));
            }
        }
    }
}
