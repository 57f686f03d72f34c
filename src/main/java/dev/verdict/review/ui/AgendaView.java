package dev.verdict.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.shared.ui.TextLimit;
import dev.verdict.review.AgendaItemDraft;
import dev.verdict.review.InvalidReviewException;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import dev.verdict.shared.ui.CancelledNotice;
import dev.verdict.shared.ui.Messages;
import dev.verdict.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * The moderator shapes the planned agenda before the meeting: reorder, merge, split, add,
 * delete and retime items, with the total against the timebox shown as they go.
 */
@Route("reviews/:reviewId/agenda")
@PageTitle("Agenda · Verdict")
@PermitAll
class AgendaView extends VerticalLayout implements BeforeEnterObserver {

    private final ReviewService reviews;
    private UUID reviewId;
    private int timebox;
    private final List<AgendaItemDraft> items = new ArrayList<>();

    private final H2 title = new H2();
    private final Div rows = new Div();
    private final Span total = new Span();
    private final Messages problems = new Messages();
    private final Span source = new Span();
    private final Span schedule = new Span();
    private final Span updated = new Span();
    private final Button updateToLatest = new Button("Update to latest", e -> updateToLatest());
    /** Moving the meeting (before it starts): the members' calendars get an update of the invitation. */
    private final com.vaadin.flow.component.datetimepicker.DateTimePicker newStart =
            new com.vaadin.flow.component.datetimepicker.DateTimePicker("New start");
    private final com.vaadin.flow.component.combobox.ComboBox<String> newZone =
            new com.vaadin.flow.component.combobox.ComboBox<>("Time zone");
    private final HorizontalLayout move = new HorizontalLayout();
    private final CancelledNotice cancelled = new CancelledNotice();
    /** Calling the review off before its meeting, with a reason everyone in it is told. */
    private final Button cancelReview = new Button("Cancel the review", e -> confirmCancel());
    /** Adding items and saving: gone once the review is cancelled, when the agenda is only shown. */
    private final Button addItem = new Button("Add item");
    private final Button save = new Button("Save agenda", e -> save());
    private boolean readOnly;

    AgendaView(ReviewService reviews) {
        this.reviews = reviews;
        rows.addClassName("agenda-editor");
        total.addClassName("agenda-total");
        addItem.addClickListener(e -> {
            items.add(new AgendaItemDraft("New item", 5, ""));
            render();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var back = new Button("Back to the room", e -> UI.getCurrent().navigate("reviews/" + reviewId));
        var preRead = new Button("Pre-read", e -> UI.getCurrent().navigate("reviews/" + reviewId + "/read"));
        preRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        source.addClassName("pinned-doc");
        schedule.addClassName("scheduled-start");
        updated.addClassName("doc-update");
        updateToLatest.addThemeVariants(ButtonVariant.LUMO_SMALL);
        newStart.setStep(java.time.Duration.ofMinutes(15));
        newStart.setMaxWidth("100%");
        newZone.setItems(java.time.ZoneId.getAvailableZoneIds().stream().sorted().toList());
        newZone.setWidth("16em");
        newZone.setMaxWidth("100%");
        var moveButton = new Button("Move the meeting", e -> moveMeeting());
        moveButton.addClassName("move-meeting");
        cancelReview.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancelReview.addClassName("cancel-review");
        move.add(newStart, newZone, moveButton, cancelReview);
        move.setAlignItems(FlexComponent.Alignment.BASELINE);
        move.setWrap(true);
        move.setMaxWidth("100%");
        move.addClassName("move-meeting-row");
        var doc = new HorizontalLayout(source, updateToLatest);
        doc.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, cancelled, doc, updated, schedule, move,
                new Paragraph("Problem and constraints first, alternatives explicit, the decision last with time to spare."),
                problems, rows, new HorizontalLayout(addItem, total), new HorizontalLayout(save, back, preRead));
        setMaxWidth("70em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.openReview(event, id -> {
            reviewId = id;
            load(reviews.details(reviewId));
        });
    }

    private void load(ReviewDetails review) {
        title.setText("Agenda: " + review.title());
        timebox = review.timeboxMinutes();
        var pinnedDoc = review.pinnedDoc();
        source.setText(pinnedDoc == null ? "Doc: pasted or uploaded"
                : "Doc: " + pinnedDoc.reference().path() + " in " + pinnedDoc.repositoryName() + ", pinned at "
                + pinnedDoc.reference().shortCommit());
        boolean cancelledReview = review.cancelled();
        cancelled.show(cancelledReview ? review.cancellation().label() : null);
        updateToLatest.setVisible(pinnedDoc != null && !review.agendaLocked() && !cancelledReview);
        schedule.setText(review.scheduledStart() == null ? "Not scheduled yet"
                : "Scheduled: " + review.scheduledStart().label() + " · " + timebox + " min");
        move.setVisible(!review.agendaLocked() && !cancelledReview);
        cancelReview.setVisible(reviews.roleOfCaller(reviewId) == ReviewRole.MODERATOR);
        readOnly = cancelledReview;
        addItem.setVisible(!cancelledReview);
        save.setVisible(!cancelledReview);
        if (review.scheduledStart() != null) {
            newStart.setValue(review.scheduledStart().localTime());
            newZone.setValue(review.scheduledStart().zone().getId());
        } else if (newZone.getValue() == null) {
            newZone.setValue(java.time.ZoneId.systemDefault().getId());
        }
        items.clear();
        review.agenda().forEach(a -> items.add(new AgendaItemDraft(a.title(), a.plannedMinutes(), a.sectionMarkdown())));
        render();
    }

    /** Moves the meeting to the picked time; members whose pre-read is open get the updated invitation by email. */
    private void moveMeeting() {
        problems.clear();
        if (newStart.getValue() == null || newZone.getValue() == null) {
            problems.show(List.of("Pick the new start and its time zone"));
            return;
        }
        var start = new dev.verdict.review.ScheduledStart(newStart.getValue(), java.time.ZoneId.of(newZone.getValue()));
        try {
            reviews.reschedule(reviewId, start);
            Messages.info("Meeting moved to " + start.label() + ": the members' calendar invitations are updated");
            load(reviews.details(reviewId));
        } catch (ConstraintViolationException e) {
            problems.show(Messages.of(e).stream().distinct().toList());
        } catch (InvalidReviewException | AccessDeniedException e) {
            problems.show(List.of(e.getMessage()));
        }
    }

    /**
     * Asks before cancelling: the reason is required (everyone in the review reads it) and the
     * step cannot be undone. The service refuses a started or decided review and non-moderators.
     */
    private void confirmCancel() {
        problems.clear();
        var dialog = new Dialog();
        dialog.setHeaderTitle("Cancel this review?");
        dialog.addClassName("cancel-review-dialog");
        var reason = new TextArea("Reason");
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setPlaceholder("Why the review will not take place");
        TextLimit.withCounter(reason, ReviewDetails.CANCELLATION_REASON_MAX);
        var explanation = new Paragraph("Everyone in the review is told why, the meeting is removed from their calendars, "
                + "and the review becomes read-only. This cannot be undone.");
        dialog.add(explanation, reason);
        dialog.setWidth("min(32em, 100vw)");
        var confirm = new Button("Cancel the review", e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Write why the review is cancelled");
                return;
            }
            try {
                reviews.cancel(reviewId, reason.getValue());
                dialog.close();
                Messages.info("Review cancelled: everyone in it is told, and their calendars drop the meeting");
                load(reviews.details(reviewId));
            } catch (InvalidReviewException | AccessDeniedException e2) {
                reason.setInvalid(true);
                reason.setErrorMessage(e2.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClassName("confirm-cancel");
        var keep = new Button("Keep the review", e -> dialog.close());
        dialog.getFooter().add(keep, confirm);
        dialog.open();
        reason.focus();
    }

    /** Re-pins the doc to the branch head when the moderator asks, and says what changed. */
    private void updateToLatest() {
        problems.clear();
        try {
            var update = reviews.updateToLatest(reviewId);
            updated.setText(update.describe());
            load(reviews.details(reviewId));
        } catch (AccessDeniedException | dev.verdict.review.InvalidReviewException
                 | dev.verdict.repository.RepositoryUnavailableException e) {
            problems.show(List.of(e.getMessage()));
        }
    }

    private void render() {
        rows.removeAll();
        for (int i = 0; i < items.size(); i++) {
            rows.add(row(i));
        }
        showTotal();
    }

    private HorizontalLayout row(int index) {
        AgendaItemDraft item = items.get(index);
        if (readOnly) {
            var shown = new HorizontalLayout(new Span(item.title()), new Span(item.minutes() + " min"));
            shown.addClassName("agenda-row");
            shown.addClassName("read-only");
            return shown;
        }
        var name = new TextField();
        name.setAriaLabel("Item " + (index + 1) + " title");
        name.setValue(item.title());
        TextLimit.apply(name, AgendaItemDraft.TITLE_MAX);
        name.setWidth("28em");
        name.addValueChangeListener(e -> items.set(index, new AgendaItemDraft(e.getValue(), items.get(index).minutes(),
                items.get(index).sectionMarkdown())));
        var minutes = new IntegerField();
        minutes.setAriaLabel("Item " + (index + 1) + " minutes");
        minutes.setValue(item.minutes());
        minutes.setMin(1);
        minutes.setStepButtonsVisible(true);
        minutes.setWidth("8em");
        minutes.setValueChangeMode(ValueChangeMode.EAGER);
        minutes.addValueChangeListener(e -> {
            items.set(index, new AgendaItemDraft(items.get(index).title(), e.getValue() == null ? 0 : e.getValue(),
                    items.get(index).sectionMarkdown()));
            showTotal();
        });
        var up = small("Move up", () -> swap(index, index - 1));
        up.setEnabled(index > 0);
        var down = small("Move down", () -> swap(index, index + 1));
        down.setEnabled(index < items.size() - 1);
        var merge = small("Merge with next", () -> merge(index));
        merge.setEnabled(index < items.size() - 1);
        var split = small("Split", () -> split(index));
        split.setEnabled(item.minutes() >= 2);
        var delete = small("Delete", () -> {
            items.remove(index);
            render();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setEnabled(items.size() > 1);
        var row = new HorizontalLayout(name, minutes, up, down, merge, split, delete);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("agenda-row");
        return row;
    }

    private Button small(String text, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void swap(int a, int b) {
        var first = items.get(a);
        items.set(a, items.get(b));
        items.set(b, first);
        render();
    }

    private void merge(int index) {
        var next = items.remove(index + 1);
        items.set(index, items.get(index).mergedWith(next));
        render();
    }

    private void split(int index) {
        var halves = items.get(index).split();
        items.set(index, halves.getFirst());
        items.add(index + 1, halves.getLast());
        render();
    }

    private void showTotal() {
        int sum = items.stream().mapToInt(AgendaItemDraft::minutes).sum();
        if (sum == timebox) {
            total.setText("Total " + sum + " of " + timebox + " min");
        } else {
            total.setText("Total " + sum + " min: " + Math.abs(sum - timebox) + " min "
                    + (sum > timebox ? "over" : "under") + " the " + timebox + "-minute timebox");
        }
        total.getElement().getClassList().set("warning", sum != timebox);
    }

    private void save() {
        problems.clear();
        try {
            reviews.replanAgenda(reviewId, List.copyOf(items));
            int over = items.stream().mapToInt(AgendaItemDraft::minutes).sum() - timebox;
            if (over > 0) {
                // Saved, but not silently: Start will ask the moderator to confirm this overrun.
                Messages.warning("Agenda saved " + over + " min over the " + timebox
                        + "-minute timebox: starting the meeting will ask you to confirm the overrun");
            } else {
                Messages.info("Agenda saved");
            }
            UI.getCurrent().navigate("reviews/" + reviewId);
        } catch (ConstraintViolationException e) {
            problems.show(Messages.of(e).stream().distinct().toList());
        } catch (InvalidReviewException | AccessDeniedException e) {
            problems.show(List.of(e.getMessage()));
        }
    }
}
