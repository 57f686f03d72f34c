package dev.verdict.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.Application;
import dev.verdict.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on end to end: the authorization-code flow in headless Chromium against a real
 * OpenID Connect provider running in this JVM ({@link OidcProvider}), configured with Spring's
 * standard {@code spring.security.oauth2.client.*} properties only. Its own data folder, so the
 * people it provisions stay out of other tests' directories. Screenshots: target/screenshots/sso-*.png.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.client.registration.company.client-id=" + OidcProvider.CLIENT_ID,
        "spring.security.oauth2.client.registration.company.client-secret=" + OidcProvider.CLIENT_SECRET,
        "spring.security.oauth2.client.registration.company.client-name=Company SSO",
        "spring.security.oauth2.client.registration.company.scope=openid,profile,email",
        "verdict.oidc.admin-value=verdict-admins"})
class SingleSignOnBrowserIT {

    private static OidcProvider provider;

    @LocalServerPort
    int port;

    @Autowired
    UserDirectory directory;
    @Autowired
    dev.verdict.audit.AuditService audit;

    private WebDriver browser;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) throws IOException {
        provider = OidcProvider.start();
        registry.add("spring.security.oauth2.client.provider.company.issuer-uri", provider::issuer);
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), "sso-data-");
        registry.add("verdict.data-dir", data::toString);
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        provider.registerVerdict(base(), OidcProvider.CLIENT_SECRET);
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_login_page_offers_the_provider_beside_the_password_form() throws Exception {
        for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
            Browser.viewport(browser, size[0], size[1]);
            browser.get(base() + "/login");
            var button = wait(30).until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Sign in with Company SSO")));

            assertThat(browser.findElements(By.cssSelector("#vaadinLoginUsername"))).as("the password form").isNotEmpty();
            assertThat(button.getAttribute("href")).isEqualTo(base() + "/oauth2/authorization/company");
            screenshot("sso-login-" + size[0] + ".png");
        }
    }

    @Test
    void the_first_sign_in_provisions_the_user_who_is_then_found_in_the_directory_and_the_people_picker() throws Exception {
        provider.person("e1001", Map.of("preferred_username", "carol", "name", "Carol Single-Sign-On",
                "email", "carol@example.com", "groups", List.of("staff")));

        signIn("e1001");

        assertThat(currentUser()).as("the provisioned username, not the provider's subject").isEqualTo("carol");
        assertThat(directory.find("carol")).hasValueSatisfying(p -> {
            assertThat(p.displayName()).isEqualTo("Carol Single-Sign-On");
            assertThat(p.email()).isEqualTo("carol@example.com");
        });
        assertThat(directory.everyone()).extracting(Person::username).contains("carol", "mia");
        assertThat(dev.verdict.AsUser.call("admin", () -> audit.trail(new dev.verdict.audit.AuditQuery("carol", null, null, null))))
                .extracting(dev.verdict.audit.AuditRecord::action, dev.verdict.audit.AuditRecord::subject)
                .contains(org.assertj.core.groups.Tuple.tuple("user provisioned",
                        "from " + provider.issuer() + ": Carol Single-Sign-On <carol@example.com>"));

        browser.get(base() + "/new");
        assertThat(attendeeChoicesFor("Carol")).contains("Carol Single-Sign-On (carol)");
        assertThat(sideNav()).doesNotContain("Repositories");
        browser.get(base() + "/repositories");
        String title = wait(30).until(WebDriver::getTitle);
        assertThat(title).isNotEqualTo("Repositories · Verdict");
    }

    @Test
    void a_group_claim_makes_an_admin_who_can_open_the_repositories_page() {
        provider.person("e1002", Map.of("preferred_username", "dora", "name", "Dora Admin",
                "email", "dora@example.com", "groups", List.of("staff", "verdict-admins")));

        signIn("e1002");
        browser.get(base() + "/repositories");

        wait(60).until(ExpectedConditions.titleIs("Repositories · Verdict"));
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Repositories");
        assertThat(sideNav()).contains("Repositories");
    }

    @Test
    void a_second_sign_in_after_logging_out_asks_the_provider_again_and_updates_the_display_name() {
        provider.person("e1003", Map.of("preferred_username", "erin", "name", "Erin Before", "email", "erin@example.com"));
        signIn("e1003");
        assertThat(directory.describe("erin").displayName()).isEqualTo("Erin Before");

        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Log out']")).click();
        wait(60).until(d -> d.getCurrentUrl().equals(base() + "/login"));
        provider.person("e1003", Map.of("preferred_username", "erin", "name", "Erin After", "email", "erin@example.org"));
        signIn("e1003");

        assertThat(currentUser()).isEqualTo("erin");
        assertThat(directory.describe("erin")).isEqualTo(new Person("erin", "Erin After", "erin@example.org"));
        assertThat(directory.everyone()).filteredOn(p -> p.username().equals("erin")).hasSize(1);
        assertThat(dev.verdict.AsUser.call("admin", () -> audit.trail(new dev.verdict.audit.AuditQuery("erin", null, null, null))))
                .extracting(dev.verdict.audit.AuditRecord::action, dev.verdict.audit.AuditRecord::subject)
                .contains(org.assertj.core.groups.Tuple.tuple("user updated from the provider",
                        "Erin Before <erin@example.com> → Erin After <erin@example.org>"));
    }

    @Test
    void a_wrong_client_secret_says_so_on_the_login_page() throws Exception {
        provider.person("e1004", Map.of("preferred_username", "fay", "name", "Fay Failing"));
        provider.registerVerdict(base(), "a-rotated-secret");

        startSignIn("e1004");
        var error = wait(60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sso-error")));

        assertThat(browser.getCurrentUrl()).startsWith(base() + "/login?sso-error=invalid_client");
        assertThat(error.getText()).contains("Signing in with Company SSO failed", "did not accept Verdict's client credentials");
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel", "Exception", "at org.");
        assertThat(browser.findElements(By.linkText("Sign in with Company SSO"))).as("a way to try again").isNotEmpty();
        assertThat(directory.find("fay")).isEmpty();
        screenshot("sso-error-1440.png");
    }

    /** Signs in through the provider's login page and waits for Verdict's first page. */
    private void signIn(String loginName) {
        startSignIn(loginName);
        wait(60).until(d -> d.getCurrentUrl().startsWith(base()) && !d.getCurrentUrl().contains("/login"));
        wait(60).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".current-user")));
    }

    private void startSignIn(String loginName) {
        browser.get(base() + "/login");
        wait(60).until(ExpectedConditions.elementToBeClickable(By.linkText("Sign in with Company SSO"))).click();
        wait(30).until(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/login"));
        browser.findElement(By.id("username")).sendKeys(loginName);
        browser.findElement(By.id("password")).sendKeys(OidcProvider.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private String currentUser() {
        return wait(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".current-user"))).getText();
    }

    private String sideNav() {
        return wait(30).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("vaadin-side-nav"))).getText();
    }

    /** Types into the new review's Attendees picker and reads the choices it offers. */
    @SuppressWarnings("unchecked")
    private List<String> attendeeChoicesFor(String typed) {
        // The label is a property, not an attribute.
        var picker = wait(60).until(d -> (WebElement) ((JavascriptExecutor) d).executeScript(
                "return [...document.querySelectorAll('vaadin-multi-select-combo-box')].find(e => e.label === 'Attendees');"));
        picker.findElement(By.tagName("input")).sendKeys(typed);
        return wait(30).until(d -> {
            var labels = (List<String>) ((JavascriptExecutor) d).executeScript(
                    "return (arguments[0].filteredItems || []).filter(i => i && i.label).map(i => i.label);", picker);
            return labels.isEmpty() ? null : labels;
        });
    }

    private WebDriverWait wait(int seconds) {
        return Browser.waitFor(browser, seconds);
    }

    private void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
