package dev.verdict.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.verdict.meeting.Level;
import dev.verdict.meeting.RoomState;
import java.util.List;

/** The risks as a 3×3 matrix: impact top to bottom, likelihood left to right, a count per cell. */
class RiskMatrix extends Div {

    RiskMatrix() {
        addClassName("risk-matrix");
        getElement().setAttribute("aria-label", "Risk matrix: impact by likelihood");
    }

    private List<String> shownCells = List.of();

    void show(List<RoomState.Captured> risks) {
        List<String> cells = risks.stream().map(r -> r.impact() + "-" + r.likelihood()).sorted().toList();
        if (cells.equals(shownCells) && getChildren().findAny().isPresent()) {
            return;
        }
        shownCells = cells;
        removeAll();
        add(label(""));
        for (Level likelihood : Level.values()) {
            add(label(likelihood.label()));
        }
        for (int i = Level.values().length - 1; i >= 0; i--) {
            Level impact = Level.values()[i];
            add(label(impact.label()));
            for (Level likelihood : Level.values()) {
                long count = risks.stream().filter(r -> r.impact() == impact && r.likelihood() == likelihood).count();
                var cell = new Div(new Span(count == 0 ? "" : String.valueOf(count)));
                cell.addClassName("cell");
                cell.addClassName("severity-" + (impact.ordinal() + likelihood.ordinal()));
                cell.getElement().setAttribute("title", "impact " + impact.label() + ", likelihood " + likelihood.label());
                cell.getElement().setAttribute("data-cell", impact.name() + "-" + likelihood.name());
                add(cell);
            }
        }
    }

    private static Span label(String text) {
        var span = new Span(text);
        span.addClassName("axis");
        return span;
    }
}
