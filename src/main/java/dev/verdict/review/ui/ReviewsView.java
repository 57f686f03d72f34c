package dev.verdict.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ReviewStatus;
import dev.verdict.review.ReviewSummary;
import dev.verdict.shared.ui.NarrowScreens;
import dev.verdict.shared.ui.Texts;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The caller's reviews: where each stands (its status, and once decided its outcome; once
 * published a link to where its ADR went), sortable by any column and filtered by status and outcome.
 */
@Route("")
@PageTitle("My reviews · Verdict")
@PermitAll
class ReviewsView extends VerticalLayout {

    /** "1 Dec 2026, 09:15": short enough to stay on one line in its column. */
    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.systemDefault());
    static final String NO_OUTCOME = "Not decided yet";
    /** A cancellation's reason may run to 2000 characters: the list shows its start, the tooltip all of it. */
    static final int STATUS_MAX = 90;

    ReviewsView(ReviewService reviews) {
        var create = new Button("New review", e -> getUI().ifPresent(ui -> ui.navigate("new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var items = reviews.mine();
        var data = new ListDataProvider<>(items);

        var grid = new Grid<ReviewSummary>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        // Fixed widths that add up to a laptop's content width; the text wraps inside them, never cut.
        grid.addColumn(ReviewSummary::title).setKey("title").setHeader("Review").setFlexGrow(3).setWidth("14em")
                .setSortable(true).setComparator(Comparator.comparing(ReviewSummary::title, String.CASE_INSENSITIVE_ORDER));
        grid.addComponentColumn(ReviewsView::status).setKey("status").setHeader("Status").setWidth("11em").setFlexGrow(1)
                .setSortable(true).setComparator(Comparator.comparing(ReviewSummary::status));
        grid.addColumn(ReviewsView::outcome).setKey("outcome").setHeader("Outcome").setWidth("9em").setFlexGrow(0)
                .setSortable(true).setComparator(Comparator.comparing(ReviewsView::outcome));
        grid.addColumn(r -> r.myRole().label()).setKey("role").setHeader("My role").setWidth("8em").setFlexGrow(0)
                .setSortable(true).setComparator(Comparator.comparing(ReviewSummary::myRole));
        grid.addColumn(r -> r.scheduledStart() == null ? "Not scheduled" : r.scheduledStart().label())
                .setKey("scheduled").setHeader("Scheduled").setWidth("11em").setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparing((ReviewSummary r) -> r.scheduledStart() == null ? null : r.scheduledStart().instant(),
                        Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addColumn(r -> r.agendaItems() + " items · " + r.timeboxMinutes() + " min").setKey("agenda")
                .setHeader("Agenda").setWidth("8em").setFlexGrow(0);
        var created = grid.addColumn(r -> CREATED.format(r.createdAt())).setKey("created").setHeader("Created")
                .setWidth("9em").setFlexGrow(0).setSortable(true).setComparator(Comparator.comparing(ReviewSummary::createdAt));
        var card = grid.addComponentColumn(ReviewsView::card).setKey("card").setHeader("Review").setFlexGrow(1);
        card.setVisible(false);
        var wide = grid.getColumns().stream().filter(c -> c != card).toList();
        // On a phone one card per review: seven columns side by side scrolled the status out of sight.
        NarrowScreens.follow(this, narrow -> {
            wide.forEach(c -> c.setVisible(!narrow));
            card.setVisible(narrow);
        });
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("reviews/" + e.getItem().id())));
        grid.setItems(data);
        grid.sort(List.of(new GridSortOrder<>(created, SortDirection.DESCENDING)));
        grid.addClassName("my-reviews");

        var statusFilter = new MultiSelectComboBox<ReviewStatus>("Status");
        statusFilter.setItems(Arrays.asList(ReviewStatus.values()));
        statusFilter.setItemLabelGenerator(ReviewStatus::label);
        statusFilter.setPlaceholder("Any status");
        statusFilter.setMinWidth("16em");
        var outcomeFilter = new MultiSelectComboBox<String>("Outcome");
        outcomeFilter.setItems(items.stream().map(ReviewsView::outcome).distinct().sorted().toList());
        outcomeFilter.setPlaceholder("Any outcome");
        outcomeFilter.setMinWidth("16em");
        Runnable filter = () -> data.setFilter(r -> (statusFilter.isEmpty() || statusFilter.getValue().contains(r.status()))
                && (outcomeFilter.isEmpty() || outcomeFilter.getValue().contains(outcome(r))));
        statusFilter.addValueChangeListener(e -> filter.run());
        outcomeFilter.addValueChangeListener(e -> filter.run());
        var filters = new HorizontalLayout(statusFilter, outcomeFilter);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(new H2("My reviews"), create);
        if (items.isEmpty()) {
            add(new Paragraph("You are not in any review yet. Start one with \"New review\"."));
        } else {
            add(filters);
        }
        add(grid);
        setSizeFull();
    }

    /** A review on a phone: its title, then status and outcome, then role and schedule, each wrapping. */
    private static Div card(ReviewSummary review) {
        var name = new Span(review.title());
        name.addClassName("my-reviews-card-title");
        var stands = new Span(Texts.cut(review.statusLabel(), STATUS_MAX) + " · " + outcome(review));
        var when = new Span(review.myRole().label() + " · "
                + (review.scheduledStart() == null ? "Not scheduled" : review.scheduledStart().label()));
        var card = new Div(name, stands, when);
        card.addClassName("my-reviews-card");
        return card;
    }

    static String outcome(ReviewSummary review) {
        return Objects.requireNonNullElse(review.outcome(), NO_OUTCOME);
    }

    /**
     * The status ("Cancelled: <reason>" for a cancelled review); a published review also links to its
     * publication, named by the ADR's path.
     */
    private static Div status(ReviewSummary review) {
        var label = new Span(Texts.cut(review.statusLabel(), STATUS_MAX));
        if (review.cancellationReason() != null) {
            label.setTitle(review.statusLabel());
        }
        var cell = new Div(label);
        cell.addClassName("review-status");
        cell.getElement().setAttribute("data-status", review.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (review.adrPath() != null) {
            // The ADR's file name; its folder is the repository's ADR folder, shown in full on hover.
            var adr = new Anchor("reviews/" + review.id() + "/publication", review.adrPath().substring(review.adrPath().lastIndexOf('/') + 1));
            adr.setTitle(review.adrPath());
            adr.addClassName("adr-link");
            cell.add(adr);
        }
        return cell;
    }
}
