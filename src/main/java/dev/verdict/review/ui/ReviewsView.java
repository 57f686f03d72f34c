package dev.verdict.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ReviewSummary;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

@Route("")
@PageTitle("My reviews · Verdict")
@PermitAll
class ReviewsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    ReviewsView(ReviewService reviews) {
        var create = new Button("New review", e -> getUI().ifPresent(ui -> ui.navigate("new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var grid = new Grid<ReviewSummary>();
        grid.addColumn(ReviewSummary::title).setHeader("Review").setFlexGrow(3);
        grid.addColumn(r -> r.myRole().label()).setHeader("My role");
        grid.addColumn(r -> r.agendaItems() + " items · " + r.timeboxMinutes() + " min").setHeader("Agenda");
        grid.addColumn(r -> r.scheduledStart() == null ? "not scheduled" : r.scheduledStart().label()).setHeader("Scheduled");
        grid.addColumn(r -> WHEN.format(r.createdAt())).setHeader("Created");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("reviews/" + e.getItem().id())));
        var items = reviews.mine();
        grid.setItems(items);
        add(new H2("My reviews"), create);
        if (items.isEmpty()) {
            add(new Paragraph("You are not in any review yet. Start one with \"New review\"."));
        }
        add(grid);
        setSizeFull();
    }
}
