package dev.verdict.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.verdict.CommandLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Prometheus' own {@code promtool} reads the alert rules and the dashboard's queries as Prometheus
 * would (issue 17, O2), and runs the rules' unit tests: each alert fires on what its runbook
 * describes and stays quiet on a near miss. Skipped when promtool is missing; Debian's
 * {@code prometheus} package has it, and .ci/run installs it.
 */
class PrometheusRulesTest {

    @TempDir
    Path temp;

    @BeforeEach
    void promtool() {
        assumeTrue(CommandLine.onPath("promtool"),
                "promtool is not installed (apt-get install --no-install-recommends prometheus); .ci/run installs it");
    }

    @Test
    void prometheus_accepts_every_alert_rule() {
        String out = CommandLine.run(Path.of("."), "promtool", "check", "rules", ObservabilityDocs.ALERTS.toString());
        assertThat(out).contains("SUCCESS: " + ObservabilityDocs.alertRules().size() + " rules found");
    }

    @Test
    void each_alert_fires_on_its_pattern_and_not_on_a_near_miss() {
        String out = CommandLine.run(Path.of("."), "promtool", "test", "rules", ObservabilityDocs.ALERT_TESTS.toString());
        assertThat(out).contains("SUCCESS");
        String tests = ObservabilityDocs.read(ObservabilityDocs.ALERT_TESTS);
        ObservabilityDocs.alertRules().forEach(rule ->
                assertThat(tests).as("a unit test of " + rule.get("alert")).contains("alertname: " + rule.get("alert") + "\n"));
    }

    @Test
    void prometheus_parses_every_query_of_the_dashboard() throws IOException {
        // Grafana's variables replaced as Grafana would for one node and a 5-minute step.
        var rules = new ArrayList<Map<String, String>>();
        for (String expr : ObservabilityDocs.dashboardExpressions()) {
            rules.add(Map.of("record", "verdict_dashboard:query_" + rules.size(),
                    "expr", expr.replace("$__rate_interval", "5m").replace("$instance", ".*")));
        }
        Path file = temp.resolve("dashboard-queries.yml");
        Files.writeString(file, new Yaml().dump(Map.of("groups", List.of(Map.of("name", "dashboard", "rules", rules)))));
        String out = CommandLine.run(Path.of("."), "promtool", "check", "rules", file.toString());
        assertThat(out).contains("SUCCESS: " + rules.size() + " rules found");
    }
}
