package dev.verdict.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.RoomState;
import dev.verdict.shared.ui.Texts;
import java.util.List;
import java.util.function.Consumer;

/**
 * Everything captured in the room: the risk matrix above the risk list, then the parking lot,
 * open questions, action items and decision notes. A cell of the matrix filters the risk list to
 * its risks until the same cell, or "Show all risks", is picked; the filter is this screen's own.
 */
class CapturedLists extends Div {

    private final RiskMatrix matrix = new RiskMatrix(this::pick);
    private final CaptureList risks;
    private final CaptureList parked;
    private final CaptureList questions;
    private final CaptureList actions;
    private final CaptureList notes;
    private final Span filterNote = new Span();
    private final Div filterBar;
    /** Built at the first pick: a button costs each open screen a few KB on the server (ADR 10). */
    private Button showAll;

    private RiskMatrix.Cell filter;
    private List<RoomState.Captured> allRisks = List.of();

    CapturedLists(Consumer<RoomState.Captured> onEdit) {
        addClassName("room-lists");
        risks = new CaptureList("risks", onEdit);
        parked = new CaptureList("parking-lot", onEdit);
        questions = new CaptureList("questions", onEdit);
        actions = new CaptureList("actions", onEdit);
        notes = new CaptureList("notes", onEdit);
        filterNote.addClassName("risk-filter");
        filterNote.getElement().setAttribute("aria-live", "polite");
        filterBar = new Div(filterNote);
        filterBar.addClassName("risk-filter-bar");
        var riskColumn = new Div(new H3("Risks"), matrix, filterBar, risks);
        riskColumn.addClassName("room-list-column");
        var otherColumn = new Div(new H3("Parking lot"), parked, new H3("Open questions"), questions,
                new H3("Action items"), actions, new H3("Decision notes"), notes);
        otherColumn.addClassName("room-list-column");
        add(riskColumn, otherColumn);
    }

    void show(RoomState state) {
        allRisks = state.risks();
        matrix.show(allRisks);
        showRisks();
        parked.show(state.parked());
        questions.show(state.of(CaptureKind.QUESTION));
        actions.show(state.of(CaptureKind.ACTION));
        notes.show(state.of(CaptureKind.NOTE));
    }

    /** Filters the risk list by a cell; the cell already picked, or null, shows every risk again. */
    void pick(RiskMatrix.Cell cell) {
        filter = cell == null || cell.equals(filter) ? null : cell;
        matrix.select(filter);
        showRisks();
    }

    private void showRisks() {
        if (filter == null) {
            risks.show(allRisks);
            Texts.set(filterNote, "");
            if (showAll != null) {
                showAll.setVisible(false);
            }
            return;
        }
        var shown = allRisks.stream().filter(filter::holds).toList();
        risks.show(shown);
        Texts.set(filterNote, "Showing " + shown.size() + " of " + allRisks.size() + " risks: " + filter.describe());
        if (showAll == null) {
            showAll = new Button("Show all risks", e -> pick(null));
            showAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            filterBar.add(showAll);
        }
        showAll.setVisible(true);
    }
}
