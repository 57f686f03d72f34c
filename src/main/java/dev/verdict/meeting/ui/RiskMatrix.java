package dev.verdict.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.verdict.meeting.Level;
import dev.verdict.meeting.RoomState;
import dev.verdict.shared.ui.Texts;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The risks as a 3×3 matrix: impact top to bottom (high first), likelihood left to right, a
 * count per cell, each axis titled. The grid is built once; a new risk changes only the count of
 * its cell. Clicking a cell (or Enter on it) picks it, and the view filters the risk list by it;
 * the matrix listens once for all nine cells, as {@link CaptureList} does for its items.
 */
class RiskMatrix extends Div {

    /** One cell: the impact (row) and likelihood (column) of the risks it counts. */
    record Cell(Level impact, Level likelihood) {

        /** Reads a cell's {@code data-cell} value, {@code IMPACT-LIKELIHOOD}; null for anything else. */
        static Cell parse(String value) {
            if (value == null) {
                return null;
            }
            String[] parts = value.split("-");
            try {
                return parts.length == 2 ? new Cell(Level.valueOf(parts[0]), Level.valueOf(parts[1])) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        String id() {
            return impact.name() + "-" + likelihood.name();
        }

        boolean holds(RoomState.Captured risk) {
            return risk.impact() == impact && risk.likelihood() == likelihood;
        }

        String describe() {
            return "impact " + impact.label().toLowerCase() + ", likelihood " + likelihood.label().toLowerCase();
        }
    }

    /** Which cell the event came from, read in the browser. */
    static final String CELL = "event.target.closest('[data-cell]')?.dataset.cell";
    static final String ON_CELL = "event.target.closest('[data-cell]') !== null";

    private final Map<Level, Map<Level, Div>> counts = new EnumMap<>(Level.class);
    private Cell selected;

    RiskMatrix(Consumer<Cell> onPick) {
        addClassName("risk-matrix");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Risk matrix: impact by likelihood; pick a cell to show only its risks");
        var impactAxis = label("Impact");
        impactAxis.addClassName("axis-title");
        impactAxis.addClassName("impact-axis");
        add(impactAxis, label(""));
        for (Level likelihood : Level.values()) {
            add(label(likelihood.label()));
        }
        for (int i = Level.values().length - 1; i >= 0; i--) {
            Level impact = Level.values()[i];
            add(label(impact.label()));
            var row = new EnumMap<Level, Div>(Level.class);
            for (Level likelihood : Level.values()) {
                var cell = new Div();
                var at = new Cell(impact, likelihood);
                cell.addClassName("cell");
                cell.addClassName("severity-" + (impact.ordinal() + likelihood.ordinal()));
                cell.getElement().setAttribute("data-cell", at.id());
                cell.getElement().setAttribute("role", "button");
                cell.getElement().setAttribute("tabindex", "0");
                cell.getElement().setAttribute("aria-pressed", "false");
                add(cell);
                row.put(likelihood, cell);
            }
            counts.put(impact, row);
        }
        var likelihoodAxis = label("Likelihood");
        likelihoodAxis.addClassName("axis-title");
        likelihoodAxis.addClassName("likelihood-axis");
        add(likelihoodAxis);
        getElement().addEventListener("click", e -> onPick.accept(Cell.parse(e.getEventData().path(CELL).stringValue(null))))
                .addEventData(CELL).setFilter(ON_CELL);
        getElement().addEventListener("keydown", e -> onPick.accept(Cell.parse(e.getEventData().path(CELL).stringValue(null))))
                .addEventData(CELL).setFilter("(event.key === 'Enter' || event.key === ' ') && " + ON_CELL
                        + " && (event.preventDefault() || true)");
    }

    void show(List<RoomState.Captured> risks) {
        counts.forEach((impact, row) -> row.forEach((likelihood, cell) -> {
            var at = new Cell(impact, likelihood);
            long n = risks.stream().filter(at::holds).count();
            // Setting the same text (or attribute) again sends nothing to the browser.
            Texts.set(cell, n == 0 ? "" : String.valueOf(n));
            cell.getElement().setAttribute("aria-label", at.describe() + ": " + (n == 1 ? "1 risk" : n + " risks"));
        }));
    }

    /** Marks the cell the risk list is filtered by (null: none). */
    void select(Cell cell) {
        if (selected != null) {
            var old = counts.get(selected.impact()).get(selected.likelihood());
            old.removeClassName("selected");
            old.getElement().setAttribute("aria-pressed", "false");
        }
        selected = cell;
        if (cell != null) {
            var now = counts.get(cell.impact()).get(cell.likelihood());
            now.addClassName("selected");
            now.getElement().setAttribute("aria-pressed", "true");
        }
    }

    private static Span label(String text) {
        var span = new Span(text);
        span.addClassName("axis");
        return span;
    }
}
