package dev.verdict.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operators' artefacts of issue 17 (O2) as the tests read them: the Prometheus alert rules,
 * the Grafana dashboard and the runbooks under {@code docs/}, and the one list of Verdict's own
 * metric names they may use ({@link #VERDICT_METRICS}, Prometheus' names of the meters in
 * {@code ScreenMeters}, {@code MeetingMeters}, {@code RoomFeed}, {@code PublishMeters},
 * {@code SignInMeters} and {@code ClusterMeters}).
 */
final class ObservabilityDocs {

    static final Path ALERTS = Path.of("docs/observability/prometheus-alerts.yml");
    static final Path ALERT_TESTS = Path.of("docs/observability/prometheus-alerts.test.yml");
    static final Path DASHBOARD = Path.of("docs/observability/grafana-dashboard.json");
    static final Path RUNBOOKS = Path.of("docs/runbooks");

    /** Every {@code verdict_*} metric (its base name: no {@code _bucket}, {@code _count}, {@code _sum}, {@code _max}). */
    static final Set<String> VERDICT_METRICS = Set.of(
            "verdict_screens_open",
            "verdict_reviews_in_progress",
            "verdict_room_fanout_seconds",
            "verdict_publish_seconds",
            "verdict_publish_pending",
            "verdict_publish_needs_attention",
            "verdict_signin_failures_total",
            "verdict_cluster_delivery_seconds");

    private static final Pattern VERDICT_NAME = Pattern.compile("\\bverdict_[a-z0-9_]+");
    private static final Pattern SERIES_SUFFIX = Pattern.compile("_(bucket|count|sum|max)$");

    private ObservabilityDocs() {
    }

    /** Each rule of every group in the alert rules file, as SnakeYAML reads it. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> alertRules() {
        Map<String, Object> file = new Yaml().load(read(ALERTS));
        var rules = new ArrayList<Map<String, Object>>();
        for (var group : (List<Map<String, Object>>) file.get("groups")) {
            rules.addAll((List<Map<String, Object>>) group.get("rules"));
        }
        return rules;
    }

    static JsonNode dashboard() {
        return JsonMapper.builder().build().readTree(read(DASHBOARD));
    }

    /** Every PromQL expression the dashboard's panels query. */
    static List<String> dashboardExpressions() {
        var exprs = new ArrayList<String>();
        for (JsonNode panel : dashboard().get("panels")) {
            for (JsonNode target : panel.path("targets")) {
                exprs.add(target.path("expr").asString(""));
            }
        }
        return exprs;
    }

    /** The base names of the {@code verdict_*} metrics the alert rules and the dashboard query. */
    static Set<String> verdictMetricsQueried() {
        var texts = new ArrayList<String>(dashboardExpressions());
        alertRules().forEach(rule -> texts.add(String.valueOf(rule.get("expr"))));
        var names = new TreeSet<String>();
        texts.forEach(text -> names.addAll(verdictNamesIn(text)));
        return names;
    }

    /** The base names of the {@code verdict_*} names in a text (a query, a runbook, a scrape). */
    static Set<String> verdictNamesIn(String text) {
        var names = new TreeSet<String>();
        var matcher = VERDICT_NAME.matcher(text);
        while (matcher.find()) {
            names.add(baseName(matcher.group()));
        }
        return names;
    }

    static String baseName(String series) {
        return SERIES_SUFFIX.matcher(series).replaceFirst("");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
