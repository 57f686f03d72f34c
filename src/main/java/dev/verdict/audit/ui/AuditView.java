package dev.verdict.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.verdict.audit.AuditQuery;
import dev.verdict.audit.AuditRecord;
import dev.verdict.audit.AuditService;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * The audit trail: {@code audit?review=<id>} shows one review's entries to its moderators;
 * {@code audit} shows everything to admins, filtered by person, review and dates, and exports CSV.
 */
@Route("audit")
@PageTitle("Audit trail · Verdict")
@PermitAll
class AuditView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditService audit;
    private final ZoneId zone = ZoneId.systemDefault();
    private final H2 title = new H2("Audit trail");
    private final Paragraph problem = new Paragraph();
    private final TextField person = new TextField("Person");
    private final TextField review = new TextField("Review id");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To (inclusive)");
    private final Grid<AuditRecord> grid = new Grid<>();
    private final Anchor csv = new Anchor();

    AuditView(AuditService audit) {
        this.audit = audit;
        problem.addClassName("audit-problem");
        problem.setVisible(false);
        person.setPlaceholder("username");
        review.setPlaceholder("any review");
        review.setWidth("min(24em, 100%)");
        var show = new Button("Show", e -> refresh());
        var filters = new HorizontalLayout(person, review, from, to, show);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("audit-filters");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> TIME.format(r.at().atZone(zone))).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::action).setHeader("What").setFlexGrow(1);
        grid.addColumn(r -> r.subject() == null ? "" : r.subject()).setHeader("About").setFlexGrow(2);
        grid.addColumn(r -> r.before() == null ? "" : r.before()).setHeader("Before").setFlexGrow(2);
        grid.addColumn(r -> r.after() == null ? "" : r.after()).setHeader("After").setFlexGrow(2);
        grid.addClassName("audit-grid");
        csv.setText("Download CSV");
        csv.addClassName("audit-csv");
        csv.setHref(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = audit.csv(query()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "audit-trail.csv", "text/csv;charset=UTF-8", bytes.length);
        }));
        add(title, problem, filters, csv, grid);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("review").ifPresent(id -> {
            review.setValue(id);
            review.setReadOnly(true);
            title.setText("Audit trail of this review");
        });
        refresh();
    }

    private AuditQuery query() {
        UUID reviewId = null;
        String id = review.getValue().strip();
        if (!id.isEmpty()) {
            try {
                reviewId = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The review id is not an id: copy it from the review's address");
            }
        }
        return new AuditQuery(person.getValue().isBlank() ? null : person.getValue().strip(), reviewId,
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void refresh() {
        try {
            var entries = audit.trail(query());
            grid.setItems(entries);
            problem.setVisible(entries.size() >= AuditService.LIMIT);
            problem.setText("Showing the newest " + AuditService.LIMIT + " entries; narrow the dates for older ones.");
            grid.setVisible(true);
            csv.setVisible(true);
        } catch (AccessDeniedException | IllegalArgumentException e) {
            problem.setText(e.getMessage());
            problem.setVisible(true);
            grid.setVisible(false);
            csv.setVisible(false);
        }
    }
}
