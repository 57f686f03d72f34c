package dev.verdict.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.verdict.meeting.Level;
import dev.verdict.meeting.RoomState;
import dev.verdict.shared.ui.Texts;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The risks as a 3×3 matrix: impact top to bottom, likelihood left to right, a count per cell.
 * The grid is built once; a new risk changes only the count of its cell.
 */
class RiskMatrix extends Div {

    private final Map<Level, Map<Level, Div>> counts = new EnumMap<>(Level.class);

    RiskMatrix() {
        addClassName("risk-matrix");
        getElement().setAttribute("aria-label", "Risk matrix: impact by likelihood");
        add(label(""));
        for (Level likelihood : Level.values()) {
            add(label(likelihood.label()));
        }
        for (int i = Level.values().length - 1; i >= 0; i--) {
            Level impact = Level.values()[i];
            add(label(impact.label()));
            var row = new EnumMap<Level, Div>(Level.class);
            for (Level likelihood : Level.values()) {
                var cell = new Div();
                cell.addClassName("cell");
                cell.addClassName("severity-" + (impact.ordinal() + likelihood.ordinal()));
                cell.getElement().setAttribute("title", "impact " + impact.label() + ", likelihood " + likelihood.label());
                cell.getElement().setAttribute("data-cell", impact.name() + "-" + likelihood.name());
                add(cell);
                row.put(likelihood, cell);
            }
            counts.put(impact, row);
        }
    }

    void show(List<RoomState.Captured> risks) {
        counts.forEach((impact, row) -> row.forEach((likelihood, cell) -> {
            long n = risks.stream().filter(r -> r.impact() == impact && r.likelihood() == likelihood).count();
            // Setting the same text again sends nothing to the browser.
            Texts.set(cell, n == 0 ? "" : String.valueOf(n));
        }));
    }

    private static Span label(String text) {
        var span = new Span(text);
        span.addClassName("axis");
        return span;
    }
}
