package dev.verdict.tracker.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import dev.verdict.shared.ui.FollowUpLinkSource;
import dev.verdict.tracker.TicketStatus;
import dev.verdict.tracker.TrackerService;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Gives My follow-ups each action item's ticket: its link once filed, else its status. */
@org.springframework.stereotype.Component // named in full: Vaadin's Component is the link
class TicketLinks implements FollowUpLinkSource {

    private final TrackerService trackers;

    TicketLinks(TrackerService trackers) {
        this.trackers = trackers;
    }

    @Override
    public Map<UUID, Component> linksFor(Collection<UUID> reviewIds) {
        var links = new HashMap<UUID, Component>();
        for (TicketStatus ticket : trackers.ticketsOf(reviewIds)) {
            var link = TicketsPanel.link(ticket);
            var shown = new Span(link == null ? new Span("Ticket " + ticket.state().label()) : link);
            shown.addClassName("follow-up-ticket-link");
            shown.getElement().setAttribute("data-state", ticket.state().name().toLowerCase());
            shown.getElement().setAttribute("title", ticket.tracker() + " · " + ticket.state().label());
            links.put(ticket.itemId(), shown);
        }
        return links;
    }
}
