package dev.verdict;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole app on a random port, and a fresh headless Chromium for each test. */
// Dev tools are off in application.yml, as under `mvn spring-boot:run`: the browser sees what a user does.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected WebDriver browser;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        TestData.register(registry);
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected String base() {
        return "http://localhost:" + port;
    }
}
