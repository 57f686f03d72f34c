package dev.verdict.tracker.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.verdict.shared.ui.Messages;
import dev.verdict.tracker.TicketStatus;
import dev.verdict.tracker.TrackerService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Follow-up tickets" on a review's publication page: each action item's (and tracked parked
 * item's) ticket with its link once filed, else its status and last error, and Retry for those
 * who may ask for another attempt.
 */
class TicketsPanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final TrackerService trackers;
    private final UUID reviewId;
    private final UnorderedList list = new UnorderedList();

    TicketsPanel(TrackerService trackers, UUID reviewId, List<TicketStatus> tickets) {
        this.trackers = trackers;
        this.reviewId = reviewId;
        addClassName("follow-up-tickets");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Follow-up tickets");
        var refresh = new Button("Refresh", e -> show(trackers.tickets(reviewId)));
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(new H3("Follow-up tickets"), list, refresh);
        show(tickets);
    }

    private void show(List<TicketStatus> tickets) {
        list.removeAll();
        tickets.forEach(t -> list.add(line(t)));
    }

    private ListItem line(TicketStatus ticket) {
        var item = new ListItem();
        item.addClassName("follow-up-ticket");
        item.getElement().setAttribute("data-state", ticket.state().name().toLowerCase());
        Anchor link = link(ticket);
        if (link != null) {
            item.add(link, new Span(" "));
        }
        item.add(new Span(ticket.title()));
        var status = new Span(" — " + ticket.tracker() + " · " + ticket.state().label()
                + (ticket.state() == TicketStatus.State.WAITING && ticket.at() != null ? ", next at " + TIME.format(ticket.at()) : "")
                + (ticket.state() == TicketStatus.State.FILED ? "" : " (attempts: " + ticket.attempts() + ")"));
        status.addClassName("ticket-status");
        item.add(status);
        if (ticket.error() != null) {
            var error = new Div(ticket.error());
            error.addClassName("ticket-error");
            item.add(error);
        }
        if (ticket.mayRetry()) {
            var retry = new Button("Retry", e -> retry(ticket));
            retry.setAriaLabel("Retry the ticket for: " + ticket.title());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            item.add(retry);
        }
        return item;
    }

    /** The ticket's page in the tracker, in a new tab; only an http(s) address the tracker answered. */
    static Anchor link(TicketStatus ticket) {
        if (ticket.url() == null || !ticket.url().matches("(?i)https?://\\S+")) {
            return null;
        }
        var link = new Anchor(ticket.url(), ticket.key() == null ? "ticket" : ticket.key(), AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.addClassName("ticket-link");
        return link;
    }

    private void retry(TicketStatus ticket) {
        try {
            trackers.retry(ticket.reviewId(), ticket.id());
            Messages.info("Trying again: " + ticket.title());
        } catch (IllegalStateException | AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
        show(trackers.tickets(reviewId));
    }
}
