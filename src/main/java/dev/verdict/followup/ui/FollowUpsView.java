package dev.verdict.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.followup.FollowUpItem;
import dev.verdict.followup.FollowUpService;
import dev.verdict.followup.InvalidFollowUpException;
import dev.verdict.shared.ui.FollowUpLinkSource;
import dev.verdict.shared.ui.Messages;
import dev.verdict.shared.ui.TextLimit;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * My follow-ups: the action items the signed-in person owns, and in the reviews they moderate
 * everyone's, open ones first with the overdue on top; each marked done with a note.
 */
@Route("follow-ups")
@PageTitle("My follow-ups · Verdict")
@PermitAll
class FollowUpsView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final FollowUpService followUps;
    private final Clock clock;
    private final ObjectProvider<FollowUpLinkSource> linkSources;
    private final Div items = new Div();
    private final Paragraph empty = new Paragraph("Nothing to follow up: action items you own, and those of the reviews you moderate, show here.");

    FollowUpsView(FollowUpService followUps, Clock clock, ObjectProvider<FollowUpLinkSource> linkSources) {
        this.followUps = followUps;
        this.clock = clock;
        this.linkSources = linkSources;
        items.addClassName("follow-ups");
        empty.addClassName("empty-state");
        add(new H2("My follow-ups"), empty, items);
        setMaxWidth("60em");
        show();
    }

    private void show() {
        List<FollowUpItem> mine = followUps.mine();
        LocalDate today = LocalDate.now(clock);
        items.removeAll();
        // Each item's ticket in the team's tracker, where another module filed one.
        Map<UUID, Component> links = new HashMap<>();
        var reviewIds = mine.stream().map(FollowUpItem::reviewId).distinct().toList();
        if (!reviewIds.isEmpty()) {
            linkSources.orderedStream().forEach(source -> links.putAll(source.linksFor(reviewIds)));
        }
        mine.forEach(item -> items.add(card(item, today, links.get(item.actionId()))));
        empty.setVisible(mine.isEmpty());
    }

    private Div card(FollowUpItem item, LocalDate today, Component ticket) {
        var text = new Span(item.text());
        text.addClassName("follow-up-text");
        var review = new Anchor("reviews/" + item.reviewId(), item.reviewTitle());
        review.getElement().setAttribute("router-link", true);
        var status = new Span(item.done() ? "Done" : item.overdueOn(today) ? "Overdue" : "Open");
        status.addClassName("status-badge");
        status.getElement().setAttribute("data-status", item.done() ? "done" : item.overdueOn(today) ? "overdue" : "open");
        var meta = new Span((item.owner() == null ? "" : item.owner().displayName() + " · ")
                + (item.dueDate() == null ? "no due date" : "due " + DAY.format(item.dueDate())) + " · ");
        meta.addClassName("follow-up-meta");
        var line = new Div(meta, review);
        if (ticket != null) {
            line.add(new Span(" · "), ticket);
        }
        var card = new Div(status, text, line);
        card.addClassName("follow-up");
        if (item.done()) {
            var done = new Paragraph("Done by " + item.doneBy().displayName() + " on "
                    + DAY.format(item.doneAt().atZone(ZoneId.systemDefault())) + (item.doneNote() == null ? "" : ": " + item.doneNote()));
            done.addClassName("follow-up-done");
            card.add(done);
        } else if (item.mayMarkDone()) {
            var markDone = new Button("Mark done", e -> openMarkDone(item));
            markDone.setAriaLabel("Mark done: " + item.text());
            markDone.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(markDone);
        }
        return card;
    }

    private void openMarkDone(FollowUpItem item) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Mark done");
        var note = new TextArea("Note (optional)");
        note.setHelperText("What was done, or where to find it");
        note.setWidthFull();
        TextLimit.apply(note, FollowUpService.NOTE_MAX);
        var save = new Button("Mark done", e -> {
            try {
                followUps.markDone(item.reviewId(), item.actionId(), note.getValue());
                dialog.close();
                Messages.info("Marked done: " + item.text());
            } catch (InvalidFollowUpException | AccessDeniedException ex) {
                Messages.error(ex.getMessage());
            }
            show();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(item.text()), note);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
