package dev.verdict.repository.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.repository.AdrLog;
import dev.verdict.repository.DocumentService;
import dev.verdict.repository.RepositoryUnavailableException;
import dev.verdict.shared.ui.Messages;
import dev.verdict.shared.ui.NarrowScreens;
import dev.verdict.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;

/** A repository's ADR log at its branch head: number or date, title, status, links and supersede chains. */
@Route("repositories/:repositoryId/adrs")
@PageTitle("ADR log · Verdict")
@PermitAll
class AdrLogView extends VerticalLayout implements BeforeEnterObserver {

    private final DocumentService documents;
    private final H2 title = new H2("ADR log");
    private final Paragraph where = new Paragraph();
    private final Messages problems = new Messages();
    private final Grid<AdrLog.Entry> grid = new Grid<>();
    private AdrLog log;

    AdrLogView(DocumentService documents) {
        this.documents = documents;
        where.addClassName("adr-log-source");
        // Whole titles and statuses, wrapped: a cut title is a guess at which decision it is.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var columns = List.of(
                grid.addColumn(AdrLog.Entry::id).setHeader("ADR").setAutoWidth(true).setFlexGrow(0),
                grid.addColumn(AdrLog.Entry::title).setHeader("Title").setFlexGrow(3).setWidth("14em"),
                grid.addColumn(e -> log.statusOf(e)).setHeader("Status").setFlexGrow(2).setWidth("10em"),
                grid.addColumn(AdrLogView::date).setHeader("Date").setAutoWidth(true).setFlexGrow(0),
                grid.addColumn(this::chain).setHeader("Supersede chain").setFlexGrow(1).setWidth("8em"));
        // On a phone five columns scroll sideways and cut the statuses: each ADR is one card instead.
        var card = grid.addColumn(LitRenderer.<AdrLog.Entry>of("""
                        <div class="adr-card">
                          <span class="adr-card-head">${item.head}</span>
                          <strong class="adr-card-title">${item.title}</strong>
                          <span class="adr-card-status">${item.status}</span>
                          <span class="adr-card-chain" ?hidden=${!item.chain}>Supersede chain: ${item.chain}</span>
                        </div>""")
                        .withProperty("head", e -> e.id() + (e.date() == null ? "" : " · " + date(e)))
                        .withProperty("title", AdrLog.Entry::title)
                        .withProperty("status", e -> log.statusOf(e))
                        .withProperty("chain", this::chain))
                .setHeader("ADR");
        card.setVisible(false);
        NarrowScreens.follow(this, narrow -> {
            columns.forEach(c -> c.setVisible(!narrow));
            card.setVisible(narrow);
            // Auto widths measured while the columns were hidden would wrap "20260105" in two.
            grid.recalculateColumnWidths();
        });
        grid.addClassName("adr-log");
        add(title, where, problems, grid);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.open(event, "repositoryId", "No such repository", repositoryId -> {
            title.setText("ADR log: " + documents.name(repositoryId));
            try {
                log = documents.adrLog(repositoryId);
                where.setText(log.entries().size() + " ADRs in " + log.adrDir() + " (" + log.convention().label()
                        + ") at " + log.headCommit().substring(0, 7));
                grid.setItems(log.entries());
            } catch (RepositoryUnavailableException e) {
                problems.show(List.of(e.getMessage()));
            }
        });
    }

    private static String date(AdrLog.Entry entry) {
        return entry.date() == null ? "" : entry.date();
    }

    private String chain(AdrLog.Entry entry) {
        var chain = log.supersedeChain(entry.path());
        return chain.size() < 2 ? "" : chain.stream().map(AdrLog.Entry::id).collect(Collectors.joining(" → "));
    }
}
