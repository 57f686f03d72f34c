package dev.verdict.tracker.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.repository.RepositorySummary;
import dev.verdict.shared.ui.Messages;
import dev.verdict.shared.ui.NarrowScreens;
import dev.verdict.tracker.NewTracker;
import dev.verdict.tracker.TicketStatus;
import dev.verdict.tracker.TrackerKind;
import dev.verdict.tracker.TrackerService;
import dev.verdict.tracker.TrackerSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * Admins add a connected repository's issue tracker (the token typed once, sealed, never shown
 * again), see every tracker by its host and project, and the latest follow-up tickets with their
 * links, errors and a Retry.
 */
@Route("admin/trackers")
@PageTitle("Issue trackers · Verdict")
@RolesAllowed("ADMIN")
class TrackersView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final TrackerService trackers;
    private final Select<RepositorySummary> repository = new Select<>();
    private final Select<TrackerKind> kind = new Select<>();
    private final TextField baseUrl = new TextField("Base URL");
    private final TextField project = new TextField("Project");
    private final PasswordField token = new PasswordField("Token");
    private final Messages problems = new Messages();
    private final Grid<TrackerSummary> configured = new Grid<>();
    private final Grid<TicketStatus> tickets = new Grid<>();

    TrackersView(TrackerService trackers) {
        this.trackers = trackers;
        repository.setLabel("Repository");
        repository.setItems(trackers.repositories());
        repository.setItemLabelGenerator(RepositorySummary::name);
        repository.setMinWidth("14em");
        kind.setLabel("Tracker");
        kind.setItems(TrackerKind.values());
        kind.setItemLabelGenerator(TrackerKind::label);
        kind.setMinWidth("12em");
        kind.addValueChangeListener(e -> hints(e.getValue()));
        kind.setValue(TrackerKind.GITHUB);
        baseUrl.setWidth("min(24em, 100%)");
        baseUrl.setMaxLength(NewTracker.MAX_URL);
        project.setWidth("min(16em, 100%)");
        project.setMaxLength(NewTracker.MAX_PROJECT);
        token.setWidth("min(24em, 100%)");
        token.setMaxLength(NewTracker.MAX_TOKEN);
        token.setRevealButtonVisible(false);
        var add = new Button("Add tracker", e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(repository, kind, baseUrl, project, token);
        form.setWrap(true);

        configured.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        configured.addClassName("trackers");
        var wide = new ArrayList<Grid.Column<?>>();
        var narrowColumns = new ArrayList<Grid.Column<?>>();
        wide.add(configured.addColumn(TrackerSummary::repository).setHeader("Repository").setAutoWidth(true));
        wide.add(configured.addColumn(t -> t.kind().label()).setHeader("Tracker").setAutoWidth(true));
        wide.add(configured.addColumn(t -> t.host() + " · " + t.project()).setHeader("Where").setAutoWidth(true));
        // A phone gets one column per grid: the same facts on a line each, nothing to scroll sideways.
        narrowColumns.add(configured.addColumn(TrackersView::describe).setHeader("Tracker").setFlexGrow(1));
        configured.addComponentColumn(t -> {
            var remove = new Button("Remove", e -> {
                trackers.remove(t.id());
                refresh();
            });
            remove.setAriaLabel("Remove the tracker of " + t.repository());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        configured.setAllRowsVisible(true);

        tickets.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        tickets.addClassName("tracker-tickets");
        wide.add(tickets.addComponentColumn(TrackersView::ticket).setHeader("Ticket").setFlexGrow(2));
        wide.add(tickets.addColumn(TicketStatus::tracker).setHeader("Tracker").setAutoWidth(true));
        wide.add(tickets.addColumn(TrackersView::status).setHeader("Status").setFlexGrow(1));
        wide.add(tickets.addColumn(t -> t.error() == null ? "" : t.error()).setHeader("Last error").setFlexGrow(2));
        narrowColumns.add(tickets.addComponentColumn(t -> {
            var line = ticket(t);
            line.add(new Span(" — " + t.tracker() + " — " + status(t) + (t.error() == null ? "" : " — " + t.error())));
            return line;
        }).setHeader("Ticket").setFlexGrow(1));
        tickets.addComponentColumn(t -> {
            var retry = new Button("Retry", e -> retry(t));
            retry.setAriaLabel("Retry the ticket for: " + t.title());
            retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            retry.setVisible(t.mayRetry());
            return retry;
        }).setAutoWidth(true).setFlexGrow(0);
        NarrowScreens.follow(this, narrow -> {
            wide.forEach(c -> c.setVisible(!narrow));
            narrowColumns.forEach(c -> c.setVisible(narrow));
        });
        tickets.setAllRowsVisible(true);

        add(new H2("Issue trackers"), new Paragraph("Once a decision is published, each action item, and each parked item"
                        + " disposed as a follow-up action or a separate design doc, becomes one ticket in the tracker of the"
                        + " repository the doc came from: its title, owner, due date and links to the ADR and the summary."),
                problems, form, add, new H3("Trackers"), configured, new H3("Latest tickets"), tickets);
        refresh();
    }

    private void hints(TrackerKind value) {
        if (value == null) {
            return;
        }
        baseUrl.setPlaceholder(value.exampleUrl());
        baseUrl.setHelperText(value == TrackerKind.GITHUB ? "https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise"
                : "e.g. " + value.exampleUrl());
        project.setHelperText(value.projectHint());
        token.setHelperText(value.tokenHint() + ": stored encrypted, never shown again");
    }

    private static String describe(TrackerSummary tracker) {
        return tracker.repository() + " · " + tracker.kind().label() + " · " + tracker.host() + " · " + tracker.project();
    }

    private static Span ticket(TicketStatus ticket) {
        var line = new Span();
        Anchor link = TicketsPanel.link(ticket);
        if (link != null) {
            line.add(link, new Span(" "));
        }
        line.add(new Span(ticket.title()));
        return line;
    }

    private static String status(TicketStatus ticket) {
        return ticket.state().label() + (ticket.at() == null ? "" : (ticket.state() == TicketStatus.State.WAITING
                ? ", next at " : ", ") + WHEN.format(ticket.at())) + " (attempts: " + ticket.attempts() + ")";
    }

    private void add() {
        problems.clear();
        try {
            trackers.add(new NewTracker(repository.getValue() == null ? null : repository.getValue().id(), kind.getValue(),
                    baseUrl.getValue(), project.getValue(), token.getValue()));
            token.clear();
            Messages.info("Tracker added");
            refresh();
        } catch (ConstraintViolationException e) {
            problems.show(Messages.of(e));
        } catch (IllegalArgumentException e) {
            problems.show(List.of(e.getMessage()));
        }
    }

    private void retry(TicketStatus ticket) {
        try {
            trackers.retry(ticket.reviewId(), ticket.id());
            Messages.info("Trying again: " + ticket.title());
        } catch (IllegalStateException | AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        configured.setItems(trackers.trackers());
        tickets.setItems(trackers.latest());
    }
}
