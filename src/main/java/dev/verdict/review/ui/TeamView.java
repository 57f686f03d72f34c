package dev.verdict.review.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.identity.Person;
import dev.verdict.review.InvalidReviewException;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import dev.verdict.shared.ui.CancelledNotice;
import dev.verdict.shared.ui.Messages;
import dev.verdict.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who is in a review, in which roles. Its moderators add people (a late attendee, a second
 * moderator), change roles and remove people until the decision is recorded; everyone else in the
 * review reads the list.
 */
@Route("reviews/:reviewId/team")
@PageTitle("Team · Verdict")
@PermitAll
class TeamView extends VerticalLayout implements BeforeEnterObserver {

    private final ReviewService reviews;
    private UUID reviewId;

    private final H2 title = new H2();
    private final CancelledNotice cancelled = new CancelledNotice();
    private final Paragraph state = new Paragraph();
    private final Messages problems = new Messages();
    private final Div members = new Div();
    private final Div addPanel = new Div();
    private final ComboBox<Person> person = new ComboBox<>("Person");
    private final Select<ReviewRole> role = new Select<>();

    TeamView(ReviewService reviews) {
        this.reviews = reviews;
        members.addClassName("team-members");
        state.addClassName("team-state");
        person.setItemLabelGenerator(Person::label);
        person.setPlaceholder("Search by name");
        person.setWidth("22em");
        role.setLabel("Role");
        role.setItems(ReviewRole.values());
        role.setItemLabelGenerator(ReviewRole::label);
        role.setValue(ReviewRole.ATTENDEE);
        var add = new Button("Add to the review", e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var addRow = new HorizontalLayout(person, role, add);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        addRow.setWrap(true);
        addPanel.add(new H3("Add someone"), addRow);
        addPanel.addClassName("team-add");
        var room = new Button("Back to the room", e -> UI.getCurrent().navigate("reviews/" + reviewId));
        room.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(title, cancelled, state, problems, members, addPanel, room);
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.openReview(event, id -> {
            reviewId = id;
            render();
        });
    }

    private void render() {
        ReviewDetails review = reviews.details(reviewId);
        boolean moderating = reviews.roleOfCaller(reviewId) == ReviewRole.MODERATOR;
        boolean open = reviews.teamChangeable(reviewId);
        boolean changeable = moderating && open;
        title.setText("Team: " + review.title());
        cancelled.show(review.cancelled() ? review.cancellation().label() : null);
        state.setText(review.cancelled()
                ? "The review is cancelled: its team stays as it was."
                : !open
                ? "The review is closed: its team stays as it was when the decision was recorded."
                : changeable
                ? "Add people, change roles or remove someone until the decision is recorded. Someone removed loses access at once."
                : "Only the review's moderators change its team.");
        members.removeAll();
        review.members().forEach(member -> members.add(row(member, changeable)));
        addPanel.setVisible(changeable);
        Set<String> in = review.members().stream().map(m -> m.person().username()).collect(Collectors.toSet());
        person.setItems(reviews.people().stream().filter(p -> !in.contains(p.username())).toList());
    }

    private Div row(ReviewDetails.Member member, boolean changeable) {
        Person who = member.person();
        var name = new Span(who.displayName());
        name.addClassName("team-name");
        var card = new Div(name);
        card.addClassName("team-member");
        card.getElement().setAttribute("data-username", who.username());
        if (!changeable) {
            var roles = new Span(member.rolesLabel());
            roles.addClassName("team-roles");
            card.add(roles);
            return card;
        }
        var roles = new CheckboxGroup<ReviewRole>();
        roles.setAriaLabel("Roles of " + who.displayName());
        roles.setItems(ReviewRole.values());
        roles.setItemLabelGenerator(ReviewRole::label);
        roles.setValue(member.roles());
        roles.addClassName("team-roles");
        roles.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                attempt(() -> reviews.changeRoles(reviewId, who.username(),
                        e.getValue().isEmpty() ? EnumSet.noneOf(ReviewRole.class) : EnumSet.copyOf(e.getValue())),
                        who.displayName() + "'s roles changed");
            }
        });
        var remove = new Button("Remove", e -> attempt(() -> reviews.removeMember(reviewId, who.username()),
                who.displayName() + " is no longer in the review"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel("Remove " + who.displayName());
        card.add(roles, remove);
        return card;
    }

    private void add() {
        if (person.getValue() == null) {
            problems.show(List.of("Pick the person to add"));
            return;
        }
        Person who = person.getValue();
        attempt(() -> reviews.addMember(reviewId, who.username(), role.getValue()),
                who.displayName() + " joined the review as " + role.getValue().label().toLowerCase());
        person.clear();
    }

    /** Runs a change, says what happened or why not, and shows the team as it now is. */
    private void attempt(Runnable change, String done) {
        problems.clear();
        try {
            change.run();
            Messages.info(done);
        } catch (InvalidReviewException | AccessDeniedException e) {
            problems.show(List.of(e.getMessage()));
        }
        try {
            render();
        } catch (AccessDeniedException e) {
            // The caller stepped down from the review altogether.
            removeAll();
            add(new H2("You are no longer in this review"), new Text(""));
        }
    }
}
