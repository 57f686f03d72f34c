package dev.verdict.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.verdict.AsUser;
import dev.verdict.Axe;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.chat.ChatService;
import dev.verdict.chat.DeliveryStatus;
import dev.verdict.chat.NewWebhook;
import dev.verdict.chat.WebhookKind;
import dev.verdict.preread.PreReadService;
import dev.verdict.review.DocReference;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin's Chat page in headless Chromium, on a laptop and on a phone: webhooks by host, deliveries with errors. */
class ChatBrowserIT extends BrowserTest {

    private static final String TOKEN = "xoxBrowserSecret" + UUID.randomUUID().toString().replace("-", "");

    @Autowired
    ChatService chat;
    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preReads;

    @Test
    void the_admin_sees_each_webhook_by_its_host_and_a_failing_delivery_with_its_error_never_the_url() {
        UUID demo = AsUser.call("admin", () -> chat.repositories().stream()
                .filter(r -> r.name().equals("Demo repository")).findFirst().orElseThrow().id());
        // Port 1 refuses connections: the delivery waits for its retry with the reason.
        UUID webhook = AsUser.call("admin", () -> chat.add(new NewWebhook(demo, WebhookKind.SLACK,
                "http://127.0.0.1:1/services/T0/B0/" + TOKEN)));
        try {
            String tag = UUID.randomUUID().toString().substring(0, 6);
            UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("Queue retention " + tag, null,
                    new DocReference(demo, "docs/design/search-indexing.md", reviews.browse(demo).headCommit()), "bob",
                    "alice", Set.of(), Set.of(), 30, null)));
            AsUser.run("mia", () -> preReads.open(review));

            await().atMost(Duration.ofSeconds(30)).until(() -> AsUser.call("admin", () -> chat.deliveries()).stream()
                    .anyMatch(d -> d.subject().contains(tag) && d.state() == DeliveryStatus.State.WAITING));
            Browser.login(browser, base(), "admin");
            browser.get(base() + "/admin/chat");
            var wait = Browser.waitFor(browser, 60);
            wait.until(d -> d.findElements(By.cssSelector(".chat-deliveries vaadin-grid-cell-content")).stream()
                    .anyMatch(c -> c.getText().contains("waiting to retry")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".chat-webhooks")));
            assertThat(cells(".chat-webhooks")).contains("127.0.0.1 · configured");
            assertThat(cells(".chat-deliveries")).contains("Queue retention " + tag, "Could not reach 127.0.0.1");
            assertThat(browser.getPageSource()).doesNotContain(TOKEN);
            for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
                Browser.viewport(browser, size[0], size[1]);
                assertThat(Axe.violations(browser).stream().filter(Axe.Violation::blocking).toList()).as("axe at " + size[0]).isEmpty();
                Browser.screenshot(browser, "chat-" + size[0] + ".png");
            }
        } finally {
            AsUser.run("admin", () -> chat.remove(webhook));
        }
    }

    private String cells(String grid) {
        return String.join("\n", browser.findElements(By.cssSelector(grid + " vaadin-grid-cell-content")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList());
    }
}
