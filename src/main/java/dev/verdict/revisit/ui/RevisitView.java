package dev.verdict.revisit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.repository.RepositoryUnavailableException;
import dev.verdict.revisit.InvalidRevisitException;
import dev.verdict.revisit.RevisitPage;
import dev.verdict.revisit.RevisitService;
import dev.verdict.review.InvalidReviewException;
import dev.verdict.shared.ui.Messages;
import dev.verdict.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * A decided review's revisit page, where the revisit reminder leads: the decision, its revisit
 * date, and "Start a revisit review" for its moderators and decision maker.
 */
@Route("reviews/:reviewId/revisit")
@PageTitle("Revisit · Verdict")
@PermitAll
@StyleSheet("styles/revisit.css")
class RevisitView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final RevisitService revisits;
    private final H2 title = new H2();
    private final Div decision = new Div();
    private final Paragraph doc = new Paragraph();
    private final Button start = new Button("Start a revisit review");
    private final Paragraph notYours = new Paragraph("Only the review's moderators and its decision maker start a revisit review.");
    private final Messages problems = new Messages();
    private UUID reviewId;

    RevisitView(RevisitService revisits) {
        this.revisits = revisits;
        decision.addClassName("previous-review");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setDisableOnClick(true);
        start.addClickListener(e -> start());
        notYours.addClassName("empty-state");
        add(title, problems, decision, doc, start, notYours);
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.openReview(event, id -> {
            reviewId = id;
            try {
                show(revisits.page(id));
            } catch (InvalidRevisitException e) {
                title.setText("Revisit");
                problems.show(List.of(e.getMessage()));
                start.setVisible(false);
                notYours.setVisible(false);
            }
        });
    }

    private void show(RevisitPage page) {
        title.setText("Revisit: " + page.title());
        var d = page.decision();
        var outcome = new Span(d.outcome().label());
        outcome.addClassName("outcome-badge");
        var statement = new Paragraph(outcome, new Span(d.statement()));
        statement.addClassName("previous-statement");
        var meta = new Paragraph("Decided by " + d.decisionMaker().displayName()
                + (d.revisitOn() == null ? "" : "; to be looked at again on " + DAY.format(d.revisitOn())));
        meta.addClassName("previous-meta");
        decision.removeAll();
        decision.add(statement, meta);
        doc.setText("A revisit review is a new review of " + page.docSource() + ", with the same team and timebox."
                + " It shows this decision and its open action items, takes up the items parked for the next review,"
                + " and, for a doc from a repository, its decision form suggests superseding this review's ADR.");
        start.setVisible(page.mayStart());
        notYours.setVisible(!page.mayStart());
    }

    private void start() {
        problems.clear();
        try {
            UUID revisit = revisits.startRevisit(reviewId);
            UI.getCurrent().navigate("reviews/" + revisit);
        } catch (InvalidRevisitException | InvalidReviewException | RepositoryUnavailableException | AccessDeniedException e) {
            problems.show(List.of(e.getMessage()));
            start.setEnabled(true);
        }
    }
}
