package dev.verdict.review;

import dev.verdict.Fixtures;
import dev.verdict.agenda.AgendaPlanner;
import dev.verdict.agenda.ReadinessCheck;
import dev.verdict.shared.SafeMarkdown;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Import of the largest fixture (KEP-1040, 153 KB): size check, safe render, agenda plan and readiness check,
 * warm, over many runs. Run with `mvn -Pbench verify`.
 */
class DocImportBenchmark {

    private static final int WARMUP = 50;
    private static final int RUNS = 300;

    @Test
    void import_render_and_plan_kep_1040() {
        String doc = Fixtures.designDoc(Fixtures.KEP_1040);
        AgendaPlanner planner = new AgendaPlanner();
        ReadinessCheck readiness = new ReadinessCheck();
        for (int i = 0; i < WARMUP; i++) {
            importOnce(doc, planner, readiness);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            importOnce(doc, planner, readiness);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("RESULT import_kep1040_median_ms %.2f ms%n", millis.get(RUNS / 2));
        System.out.printf("RESULT import_kep1040_p95_ms %.2f ms%n", millis.get((int) Math.ceil(RUNS * 0.95) - 1));
    }

    private static int importOnce(String doc, AgendaPlanner planner, ReadinessCheck readiness) {
        String checked = DesignDoc.check(doc);
        String html = SafeMarkdown.toHtml(checked);
        return html.length() + planner.plan(checked, 60).size() + readiness.check(checked).findings().size();
    }
}
