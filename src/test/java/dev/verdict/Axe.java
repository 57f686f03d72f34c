package dev.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (npm's global {@code axe-core}, which .ci/run installs) run in the page a browser test
 * shows: the violations a person using a screen reader, a keyboard or weak eyes would run into.
 */
public final class Axe {

    /** One violation of one rule, with the elements it was found on. */
    public record Violation(String rule, String impact, String help, List<String> targets) {

        public boolean blocking() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + "\n      at " + String.join("\n      at ", targets);
        }
    }

    /**
     * Violations inside Vaadin components' shadow DOM, which the app cannot reach: rule id and the
     * exact target, each with the reason. Everything else is fixed in the app, never excluded.
     */
    private static final Map<String, String> UNREACHABLE = Map.of();

    private static String script;

    private Axe() {
    }

    /** Asserts the page shows no serious or critical violation; the message names rule, impact and elements. */
    public static void assertNoSeriousViolations(WebDriver driver, String screen) {
        var blocking = violations(driver).stream().filter(Violation::blocking).toList();
        assertThat(blocking).as(() -> "axe-core on " + screen + ":\n  "
                + blocking.stream().map(Violation::toString).collect(Collectors.joining("\n  "))).isEmpty();
    }

    /** Every violation axe-core finds in the page as it is now, minus the listed unreachable ones. */
    @SuppressWarnings("unchecked")
    public static List<Violation> violations(WebDriver driver) {
        var js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(script());
        }
        var found = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => ({
                      rule: v.id, impact: v.impact, help: v.help,
                      targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' >>> ')
                          + '  ' + (n.failureSummary || '').replace(/\\s+/g, ' '))}))))
                  .catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), targets: []}]));""");
        return found.stream()
                .map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                        ((List<String>) v.get("targets")).stream()
                                .filter(t -> !UNREACHABLE.containsKey(v.get("rule") + " " + t.split("  ")[0])).toList()))
                .filter(v -> !v.targets().isEmpty())
                .toList();
    }

    private static synchronized String script() {
        if (script == null) {
            Path file = globalModules().resolve("axe-core").resolve("axe.min.js");
            assumeTrue(Files.isReadable(file), "axe-core is not installed (npm install -g axe-core); .ci/run installs it");
            try {
                script = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }

    /** Where npm installs global packages ({@code npm root -g}); skips the test without npm. */
    private static Path globalModules() {
        try {
            var npm = new ProcessBuilder("npm", "root", "-g").redirectErrorStream(true).start();
            String out = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assumeTrue(npm.waitFor(30, TimeUnit.SECONDS) && npm.exitValue() == 0,
                    "npm is not installed, so neither is axe-core (npm install -g axe-core)");
            return Path.of(out.lines().reduce((a, b) -> b).orElse(""));
        } catch (IOException e) {
            assumeTrue(false, "npm is not installed, so neither is axe-core (npm install -g axe-core): " + e.getMessage());
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
