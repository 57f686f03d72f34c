package dev.verdict.decision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.IncompleteDecisionException;
import dev.verdict.decision.Outcome;
import dev.verdict.identity.Person;
import dev.verdict.shared.ui.Messages;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/** The mandatory decision record; the meeting closes only with a complete one. */
@Route("reviews/:reviewId/decision")
@PageTitle("Decision · Verdict")
@PermitAll
class DecisionView extends VerticalLayout implements BeforeEnterObserver {

    private final DecisionService decisions;
    private UUID reviewId;

    private final Select<Outcome> outcome = new Select<>();
    private final TextArea statement = new TextArea("Decision statement");
    private final TextArea rationale = new TextArea("Rationale");
    private final ComboBox<Person> decisionMaker = new ComboBox<>("Decision maker");
    private final Messages problems = new Messages();

    DecisionView(DecisionService decisions) {
        this.decisions = decisions;
        outcome.setLabel("Outcome");
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(Outcome::label);
        outcome.setPlaceholder("Choose the outcome");
        statement.setPlaceholder("We're going with …");
        statement.setWidthFull();
        rationale.setWidthFull();
        decisionMaker.setItemLabelGenerator(Person::label);
        var close = new Button("Close meeting and publish", e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Decision"),
                new Paragraph("A design review without a clear decision is a wasted meeting. Every field is required."),
                problems, outcome, statement, rationale, decisionMaker, close);
        setMaxWidth("50em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            reviewId = UUID.fromString(event.getRouteParameters().get("reviewId").orElseThrow());
            decisionMaker.setItems(decisions.candidates(reviewId));
            decisions.namedDecisionMaker(reviewId).ifPresent(decisionMaker::setValue);
            if (decisions.decision(reviewId).isPresent()) {
                event.forwardTo("reviews/" + reviewId + "/publication");
            }
        } catch (IllegalArgumentException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, "No such review, or it is not yours");
        }
    }

    private void close() {
        problems.clear();
        try {
            decisions.close(reviewId, new CloseMeeting(outcome.getValue(), statement.getValue(), rationale.getValue(),
                    decisionMaker.getValue() == null ? null : decisionMaker.getValue().username()));
            UI.getCurrent().navigate("reviews/" + reviewId + "/publication");
        } catch (ConstraintViolationException e) {
            problems.show(Messages.of(e));
        } catch (IncompleteDecisionException e) {
            problems.show(e.missing());
        } catch (AccessDeniedException | IllegalStateException | dev.verdict.meeting.MeetingStateException e) {
            problems.show(List.of(e.getMessage()));
        }
    }
}
