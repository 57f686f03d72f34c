package dev.verdict.history.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.history.HistoryService;
import dev.verdict.review.ReviewOverview;
import dev.verdict.shared.ui.Texts;
import dev.verdict.review.ReviewStatus;
import dev.verdict.shared.ui.NarrowScreens;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The history: every review the caller may see, sortable and filtered by each column, and full-text
 * search over their docs, comments, captures and decisions. The tag filter keeps the reviews whose
 * decision carries any of the chosen tags. A row opens the review; a decided one
 * opens its summary and the commit it went into.
 */
@Route("history")
@PageTitle("History · Verdict")
@PermitAll
class HistoryView extends VerticalLayout {

    static final String NO_OUTCOME = "Not decided yet";
    static final String NOBODY = "Nobody named";
    static final String NO_REPOSITORY = "Pasted or uploaded";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** The dates a review has, as the date filter offers them. */
    enum DateColumn {
        CREATED("Created", ReviewOverview::createdAt),
        MEETING("Meeting", r -> r.scheduledStart() == null ? null : r.scheduledStart().instant()),
        DECIDED("Decided", ReviewOverview::decidedAt);

        final String label;
        final Function<ReviewOverview, Instant> of;

        DateColumn(String label, Function<ReviewOverview, Instant> of) {
            this.label = label;
            this.of = of;
        }
    }

    private final ZoneId zone = ZoneId.systemDefault();
    private final Map<UUID, ReviewOverview> visible;
    private final TextField title = new TextField("Review");
    private final MultiSelectComboBox<ReviewStatus> status = new MultiSelectComboBox<>("Status");
    private final MultiSelectComboBox<String> outcome = new MultiSelectComboBox<>("Outcome");
    private final MultiSelectComboBox<String> decider = new MultiSelectComboBox<>("Decision maker");
    private final MultiSelectComboBox<String> repository = new MultiSelectComboBox<>("Repository");
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");
    private final Select<DateColumn> dateColumn = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To (inclusive)");
    private final ListDataProvider<ReviewOverview> data;

    HistoryView(HistoryService history) {
        List<ReviewOverview> reviews = history.reviews();
        visible = reviews.stream().collect(Collectors.toMap(ReviewOverview::id, r -> r));
        data = new ListDataProvider<>(reviews);
        add(new H2("History"), new SearchPanel(history, this::linkTo));

        var grid = new Grid<ReviewOverview>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("history-grid");
        var titleColumn = grid.addColumn(ReviewOverview::title).setKey("title").setHeader("Review").setFlexGrow(3).setWidth("10em")
                .setSortable(true).setComparator(Comparator.comparing(ReviewOverview::title, String.CASE_INSENSITIVE_ORDER));
        var card = grid.addComponentColumn(this::card).setKey("card").setHeader("Review").setFlexGrow(1)
                .setSortable(true).setComparator(Comparator.comparing(ReviewOverview::title, String.CASE_INSENSITIVE_ORDER));
        card.setVisible(false);
        var wide = List.of(titleColumn,
                grid.addColumn(r -> Texts.cut(r.statusLabel(), 90)).setTooltipGenerator(ReviewOverview::statusLabel).setKey("status").setHeader("Status").setWidth("8em").setFlexGrow(0)
                        .setSortable(true).setComparator(Comparator.comparing(ReviewOverview::status)),
                grid.addColumn(HistoryView::outcome).setKey("outcome").setHeader("Outcome").setWidth("9em").setFlexGrow(0)
                        .setSortable(true).setComparator(Comparator.comparing(HistoryView::outcome)),
                grid.addColumn(HistoryView::decider).setKey("decider").setHeader("Decision maker").setWidth("7em").setFlexGrow(1)
                        .setSortable(true).setComparator(Comparator.comparing(HistoryView::decider, String.CASE_INSENSITIVE_ORDER)),
                grid.addColumn(HistoryView::repository).setKey("repository").setHeader("Repository").setWidth("7em").setFlexGrow(1)
                        .setSortable(true).setComparator(Comparator.comparing(HistoryView::repository, String.CASE_INSENSITIVE_ORDER)),
                grid.addColumn(HistoryView::tags).setKey("tags").setHeader("Tags").setWidth("7em").setFlexGrow(1)
                        .setSortable(true).setComparator(Comparator.comparing(HistoryView::tags)),
                dateColumn(grid, DateColumn.CREATED, "created"),
                dateColumn(grid, DateColumn.MEETING, "meeting"),
                dateColumn(grid, DateColumn.DECIDED, "decided"));
        grid.setItems(data);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("created"), SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(linkTo(e.getItem().id()))));
        var filters = new Details("Filter", filters(reviews));
        filters.setOpened(true);
        filters.addClassName("history-filters");
        // On a phone one card per review (nine columns side by side would scroll the values out of
        // sight), and the nine filters folded away until asked for.
        NarrowScreens.follow(this, narrow -> {
            wide.forEach(c -> c.setVisible(!narrow));
            card.setVisible(narrow);
            filters.setOpened(!narrow);
        });

        if (reviews.isEmpty()) {
            add(new Paragraph("You are not in any review yet: the reviews you take part in are listed here once they are opened."));
        } else {
            add(filters);
        }
        add(grid);
        setSizeFull();
    }

    private Grid.Column<ReviewOverview> dateColumn(Grid<ReviewOverview> grid, DateColumn date, String key) {
        return grid.addColumn(r -> day(date.of.apply(r))).setKey(key).setHeader(date.label).setWidth("8em").setFlexGrow(0)
                .setSortable(true).setComparator(Comparator.comparing(date.of, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    private HorizontalLayout filters(List<ReviewOverview> reviews) {
        title.setPlaceholder("Any title");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setClearButtonVisible(true);
        status.setItems(Arrays.stream(ReviewStatus.values()).filter(s -> reviews.stream().anyMatch(r -> r.status() == s)).toList());
        status.setItemLabelGenerator(ReviewStatus::label);
        status.setPlaceholder("Any status");
        choices(outcome, reviews, HistoryView::outcome, "Any outcome");
        choices(decider, reviews, HistoryView::decider, "Anyone");
        choices(repository, reviews, HistoryView::repository, "Any repository");
        tags.setItems(reviews.stream().flatMap(r -> r.tags().stream()).distinct().sorted().toList());
        tags.setPlaceholder("Any tag");
        dateColumn.setLabel("Date");
        dateColumn.setItems(DateColumn.values());
        dateColumn.setItemLabelGenerator(d -> d.label);
        dateColumn.setValue(DateColumn.CREATED);
        List.<HasSize>of(title, status, outcome, decider, repository, tags).forEach(f -> f.setWidth("min(14em, 100%)"));
        List.<HasSize>of(dateColumn, from, to).forEach(f -> f.setWidth("min(10em, 100%)"));
        title.addValueChangeListener(e -> filter());
        status.addValueChangeListener(e -> filter());
        outcome.addValueChangeListener(e -> filter());
        decider.addValueChangeListener(e -> filter());
        repository.addValueChangeListener(e -> filter());
        tags.addValueChangeListener(e -> filter());
        dateColumn.addValueChangeListener(e -> filter());
        from.addValueChangeListener(e -> filter());
        to.addValueChangeListener(e -> filter());
        var filters = new HorizontalLayout(title, status, outcome, decider, repository, tags, dateColumn, from, to);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private static void choices(MultiSelectComboBox<String> field, List<ReviewOverview> reviews,
                                Function<ReviewOverview, String> value, String placeholder) {
        field.setItems(reviews.stream().map(value).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        field.setPlaceholder(placeholder);
    }

    private void filter() {
        String titlePart = title.getValue().strip().toLowerCase(Locale.ROOT);
        Instant after = from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant();
        Instant before = to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant();
        DateColumn date = Objects.requireNonNullElse(dateColumn.getValue(), DateColumn.CREATED);
        data.setFilter(r -> r.title().toLowerCase(Locale.ROOT).contains(titlePart)
                && (status.isEmpty() || status.getValue().contains(r.status()))
                && (outcome.isEmpty() || outcome.getValue().contains(outcome(r)))
                && (decider.isEmpty() || decider.getValue().contains(decider(r)))
                && (repository.isEmpty() || repository.getValue().contains(repository(r)))
                && (tags.isEmpty() || r.tags().stream().anyMatch(tags.getValue()::contains))
                && within(date.of.apply(r), after, before));
    }

    private static boolean within(Instant at, Instant after, Instant before) {
        if (after == null && before == null) {
            return true;
        }
        return at != null && (after == null || !at.isBefore(after)) && (before == null || at.isBefore(before));
    }

    /** A decided review opens on its summary and commit; any other on its room. */
    private String linkTo(UUID reviewId) {
        ReviewOverview review = visible.get(reviewId);
        return review != null && review.outcome() != null ? "reviews/" + reviewId + "/publication" : "reviews/" + reviewId;
    }

    private Div card(ReviewOverview review) {
        var name = new Span(review.title());
        name.addClassName("history-card-title");
        var stands = new Span(Texts.cut(review.statusLabel(), 90) + " · " + outcome(review));
        var who = new Span(decider(review) + " · " + repository(review)
                + (review.tags().isEmpty() ? "" : " · " + tags(review)));
        var when = new Span("Created " + day(review.createdAt())
                + (review.decidedAt() == null ? "" : " · decided " + day(review.decidedAt())));
        var card = new Div(name, stands, who, when);
        card.addClassName("history-card");
        return card;
    }

    private String day(Instant instant) {
        return instant == null ? "" : DAY.format(LocalDate.ofInstant(instant, zone));
    }

    static String outcome(ReviewOverview review) {
        return Objects.requireNonNullElse(review.outcome(), NO_OUTCOME);
    }

    static String decider(ReviewOverview review) {
        return review.decisionMaker() == null ? NOBODY : review.decisionMaker().displayName();
    }

    /** The decision's tags, comma-separated; empty when it has none. */
    static String tags(ReviewOverview review) {
        return String.join(", ", review.tags());
    }

    static String repository(ReviewOverview review) {
        return Objects.requireNonNullElse(review.repository(), NO_REPOSITORY);
    }
}
