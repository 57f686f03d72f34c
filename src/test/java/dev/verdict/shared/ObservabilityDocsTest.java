package dev.verdict.shared;

import static dev.verdict.shared.ObservabilityDocs.RUNBOOKS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The operators' docs hold together (issue 17, O2): every alert says how bad it is, what happened
 * and where its runbook is; every runbook can be followed step by step; the dashboard imports and
 * queries only metrics Verdict has. {@code MetricsScrapeIT} checks the same names against a real scrape.
 */
class ObservabilityDocsTest {

    private static final List<String> RUNBOOK_SECTIONS =
            List.of("When to use", "Prerequisites", "Steps", "Decision tree", "Escalation", "Last verified");

    @Test
    void every_alert_has_a_severity_a_summary_a_description_and_a_runbook_that_exists() {
        var rules = ObservabilityDocs.alertRules();
        assertThat(rules).extracting(rule -> rule.get("alert")).contains("VerdictDown", "VerdictFanoutSlow",
                "VerdictPublishingStuck", "VerdictPublishNeedsAttention", "VerdictPublishFailing",
                "VerdictSignInFailuresSpike", "VerdictHeapHigh", "VerdictDatabasePoolExhausted");
        for (var rule : rules) {
            String alert = String.valueOf(rule.get("alert"));
            assertThat(String.valueOf(rule.get("expr"))).as(alert + " expr").isNotBlank();
            assertThat(map(rule, "labels")).as(alert + " labels").containsKey("severity");
            assertThat(map(rule, "labels").get("severity")).as(alert + " severity").isIn("critical", "warning", "info");
            var annotations = map(rule, "annotations");
            assertThat(annotations).as(alert + " annotations").containsKeys("summary", "description", "runbook_url");
            assertThat(annotations.get("summary")).as(alert + " summary").asString().isNotBlank();
            assertThat(annotations.get("description")).as(alert + " description").asString().isNotBlank();
            assertThat(Path.of(annotations.get("runbook_url"))).as(alert + " runbook").isRegularFile()
                    .hasParentRaw(RUNBOOKS);
        }
    }

    @Test
    void every_runbook_has_the_sections_and_numbered_steps_that_say_what_to_expect() throws IOException {
        for (Path runbook : runbooks()) {
            String text = Files.readString(runbook);
            assertThat(text).as(runbook + " title").startsWith("# ");
            for (String section : RUNBOOK_SECTIONS) {
                assertThat(text).as(runbook + " section " + section).containsPattern("(?m)^## " + Pattern.quote(section) + "$");
            }
            String steps = section(text, "Steps");
            var numbers = new ArrayList<Integer>();
            var heading = Pattern.compile("(?m)^### Step (\\d+): \\S").matcher(steps);
            while (heading.find()) {
                numbers.add(Integer.parseInt(heading.group(1)));
            }
            assertThat(numbers).as(runbook + " steps").isNotEmpty();
            assertThat(numbers).as(runbook + " numbered 1, 2, 3 …").isEqualTo(Stream.iterate(1, n -> n + 1).limit(numbers.size()).toList());
            for (String step : steps.split("(?m)^(?=### Step )")) {
                if (step.startsWith("### Step ")) {
                    assertThat(step).as(runbook + " " + step.lines().findFirst().orElseThrow())
                            .contains("Expected:", "If this fails:");
                }
            }
            assertThat(section(text, "Decision tree")).as(runbook + " decision tree").contains("├─", "└─");
            assertThat(section(text, "Last verified")).as(runbook + " last verified")
                    .containsPattern("Last verified: \\d{4}-\\d{2}-\\d{2}");
        }
    }

    @Test
    void every_runbook_belongs_to_an_alert_and_the_runbooks_table_lists_every_alert() throws IOException {
        var linked = new TreeSet<Path>();
        var alerts = new TreeSet<String>();
        for (var rule : ObservabilityDocs.alertRules()) {
            alerts.add(String.valueOf(rule.get("alert")));
            linked.add(Path.of(map(rule, "annotations").get("runbook_url")));
        }
        assertThat(new TreeSet<>(runbooks())).as("runbooks without an alert").isEqualTo(linked);

        String table = Files.readString(RUNBOOKS.resolve("README.md"));
        for (var rule : ObservabilityDocs.alertRules()) {
            String file = Path.of(map(rule, "annotations").get("runbook_url")).getFileName().toString();
            assertThat(table).as("README row of " + rule.get("alert"))
                    .containsPattern("(?m)^\\| " + Pattern.quote(String.valueOf(rule.get("alert"))) + " \\|.*\\(" + Pattern.quote(file) + "\\) \\|$");
        }
    }

    @Test
    void the_dashboard_imports_with_a_prometheus_input_and_every_panel_queries_something() {
        JsonNode dashboard = ObservabilityDocs.dashboard();
        assertThat(dashboard.path("title").asString()).isEqualTo("Verdict");
        assertThat(dashboard.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(36);
        assertThat(dashboard.path("__inputs").findValuesAsString("name")).contains("DS_PROMETHEUS");
        var variables = new TreeSet<String>();
        dashboard.path("templating").path("list").forEach(v -> variables.add(v.path("name").asString()));
        assertThat(variables).contains("DS_PROMETHEUS", "instance");
        var ids = new TreeSet<Integer>();
        for (JsonNode panel : dashboard.path("panels")) {
            String title = panel.path("title").asString();
            assertThat(ids.add(panel.path("id").asInt())).as(title + " has its own id").isTrue();
            assertThat(panel.path("datasource").path("uid").asString()).as(title + " data source").isEqualTo("${DS_PROMETHEUS}");
            assertThat(panel.path("gridPos").path("w").asInt()).as(title + " width").isPositive();
            assertThat(panel.path("targets").size()).as(title + " targets").isPositive();
            panel.path("targets").forEach(target ->
                    assertThat(target.path("expr").asString("")).as(title + " " + target.path("refId").asString()).isNotBlank());
        }
        assertThat(dashboard.path("panels").findValuesAsString("title")).contains("Open screens per node",
                "Reviews in progress", "Room fan-out (committed change → screen pushed)", "Publish attempts by outcome",
                "Publish latency p95", "Publications waiting / needing attention", "Sign-in failures by reason",
                "JVM heap", "Database pool");
    }

    @Test
    void the_fan_out_panel_shows_p50_p95_p99_against_the_100_and_250_ms_targets() {
        JsonNode fanout = null;
        for (JsonNode panel : ObservabilityDocs.dashboard().path("panels")) {
            if (panel.path("title").asString().startsWith("Room fan-out")) {
                fanout = panel;
            }
        }
        assertThat(fanout).isNotNull();
        assertThat(fanout.path("targets").findValuesAsString("expr")).hasSize(3).allSatisfy(expr ->
                assertThat(expr).startsWith("histogram_quantile(").contains("verdict_room_fanout_seconds_bucket"));
        assertThat(fanout.path("targets").findValuesAsString("legendFormat")).containsExactly("p50", "p95", "p99");
        var steps = new ArrayList<Double>();
        fanout.path("fieldConfig").path("defaults").path("thresholds").path("steps")
                .forEach(step -> { if (step.path("value").isNumber()) steps.add(step.path("value").asDouble()); });
        assertThat(steps).containsExactly(0.1, 0.25);
        assertThat(fanout.path("fieldConfig").path("defaults").path("unit").asString()).isEqualTo("s");
    }

    @Test
    void alerts_and_dashboard_query_only_metrics_verdict_exposes() {
        assertThat(ObservabilityDocs.verdictMetricsQueried())
                .isNotEmpty()
                .isSubsetOf(ObservabilityDocs.VERDICT_METRICS);
        assertThat(ObservabilityDocs.verdictNamesIn(ObservabilityDocs.read(ObservabilityDocs.ALERTS)
                + ObservabilityDocs.read(ObservabilityDocs.DASHBOARD))).as("names in descriptions too")
                .isSubsetOf(ObservabilityDocs.VERDICT_METRICS);
        assertThat(ObservabilityDocs.verdictMetricsQueried()).as("every Verdict metric is on the dashboard or in an alert")
                .containsExactlyInAnyOrderElementsOf(ObservabilityDocs.VERDICT_METRICS);
    }

    private static List<Path> runbooks() throws IOException {
        try (var files = Files.list(RUNBOOKS)) {
            return files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
    }

    /** The text under {@code ## name}, up to the next {@code ## } heading. */
    private static String section(String markdown, String name) {
        var matcher = Pattern.compile("(?ms)^## " + Pattern.quote(name) + "$(.*?)(?=^## |\\z)").matcher(markdown);
        assertThat(matcher.find()).as("section " + name).isTrue();
        return matcher.group(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> map(Map<String, Object> rule, String key) {
        return (Map<String, String>) rule.getOrDefault(key, Map.of());
    }
}
