package dev.verdict.decisionlog.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.decisionlog.DecisionLogService;
import dev.verdict.decisionlog.LogChoices;
import dev.verdict.decisionlog.LogEntry;
import dev.verdict.decisionlog.LogFilter;
import dev.verdict.shared.ui.NarrowScreens;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision log: every ADR of every connected repository and the caller's Verdict decisions
 * not yet in git, filtered by status, repository, tag and decider, by "due for revisit", and
 * searched by their text. A row opens the decision.
 */
@Route("decisions")
@PageTitle("Decision log · Verdict")
@PermitAll
class DecisionLogView extends VerticalLayout {

    private final DecisionLogService log;
    private final TextField search = new TextField("Search");
    private final ComboBox<String> status = new ComboBox<>("Status");
    private final ComboBox<String> repository = new ComboBox<>("Repository");
    private final ComboBox<String> tag = new ComboBox<>("Tag");
    private final ComboBox<String> decider = new ComboBox<>("Decided by");
    private final Checkbox due = new Checkbox("Due for revisit");
    private final Paragraph count = new Paragraph();
    private final Grid<LogEntry> grid = new Grid<>();

    DecisionLogView(DecisionLogService log) {
        this.log = log;
        search.setPlaceholder("Titles, tags, ADR text");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setMaxLength(DecisionLogService.QUERY_MAX);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(24em, 100%)");
        search.addClassName("decision-search");
        LogChoices choices = log.choices();
        choices(status, choices.statuses(), "Any status");
        choices(repository, choices.repositories(), "Any repository");
        choices(tag, choices.tags(), "Any tag");
        choices(decider, choices.deciders(), "Anyone");
        search.addValueChangeListener(e -> refresh());
        due.addValueChangeListener(e -> refresh());
        var bar = new HorizontalLayout(search, status, repository, tag, decider, due);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        var filters = new Details("Filter", bar);
        filters.setOpened(true);
        filters.setWidthFull();
        filters.addClassName("decision-log-filters");

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("decision-log");
        var wide = List.of(
                grid.addColumn(e -> e.number() == null ? "—" : e.number()).setHeader("ADR").setAutoWidth(true).setFlexGrow(0),
                grid.addColumn(LogEntry::title).setHeader("Title").setFlexGrow(3).setWidth("12em"),
                grid.addColumn(LogEntry::status).setHeader("Status").setFlexGrow(2).setWidth("9em"),
                grid.addColumn(e -> e.date() == null ? "" : e.date()).setHeader("Date").setAutoWidth(true).setFlexGrow(0),
                grid.addColumn(DecisionLogView::where).setHeader("Repository").setFlexGrow(1).setWidth("8em"),
                grid.addColumn(e -> String.join(", ", e.tags())).setHeader("Tags").setFlexGrow(1).setWidth("7em"),
                grid.addColumn(e -> String.join(", ", e.deciders())).setHeader("Decided by").setFlexGrow(1).setWidth("7em"),
                grid.addColumn(e -> String.join(" → ", e.chain())).setHeader("Supersede chain").setFlexGrow(1).setWidth("7em"),
                grid.addColumn(e -> e.revisitOn() == null ? "" : e.revisitOn().toString()).setHeader("Revisit").setAutoWidth(true).setFlexGrow(0));
        // On a phone nine columns would scroll sideways: each decision is one card instead.
        var card = grid.addColumn(LitRenderer.<LogEntry>of("""
                        <div class="adr-card">
                          <span class="adr-card-head">${item.head}</span>
                          <strong class="adr-card-title">${item.title}</strong>
                          <span class="adr-card-status">${item.status}</span>
                          <span class="adr-card-chain" ?hidden=${!item.more}>${item.more}</span>
                        </div>""")
                        .withProperty("head", e -> (e.number() == null ? "" : e.number() + " · ") + where(e) + (e.date() == null ? "" : " · " + e.date()))
                        .withProperty("title", LogEntry::title)
                        .withProperty("status", LogEntry::status)
                        .withProperty("more", DecisionLogView::more))
                .setHeader("Decision");
        card.setVisible(false);
        NarrowScreens.follow(this, narrow -> {
            wide.forEach(c -> c.setVisible(!narrow));
            card.setVisible(narrow);
            filters.setOpened(!narrow);
            grid.recalculateColumnWidths();
        });
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("decisions/" + e.getItem().id())));
        count.addClassName("decision-log-count");
        add(new H2("Decision log"), filters, count, grid);
        setSizeFull();
        refresh();
    }

    private void choices(ComboBox<String> box, List<String> values, String placeholder) {
        box.setItems(values);
        box.setPlaceholder(placeholder);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(e -> refresh());
    }

    private void refresh() {
        List<LogEntry> entries = log.entries(new LogFilter(status.getValue(), repository.getValue(), tag.getValue(),
                decider.getValue(), due.getValue(), search.getValue()));
        grid.setItems(entries);
        count.setText(entries.size() == 1 ? "1 decision" : entries.size() + " decisions");
    }

    static String where(LogEntry entry) {
        return entry.repository() != null ? entry.repository() + (entry.inGit() ? "" : " (not yet in git)") : "Verdict only";
    }

    private static String more(LogEntry entry) {
        var parts = new ArrayList<String>();
        if (!entry.tags().isEmpty()) {
            parts.add("Tags: " + String.join(", ", entry.tags()));
        }
        if (!entry.deciders().isEmpty()) {
            parts.add("Decided by " + String.join(", ", entry.deciders()));
        }
        if (!entry.chain().isEmpty()) {
            parts.add("Supersede chain: " + String.join(" → ", entry.chain()));
        }
        if (entry.revisitOn() != null) {
            parts.add("Revisit on " + entry.revisitOn());
        }
        return String.join(" · ", parts);
    }
}
