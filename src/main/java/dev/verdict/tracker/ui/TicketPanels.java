package dev.verdict.tracker.ui;

import com.vaadin.flow.component.Component;
import dev.verdict.shared.ui.PublicationPanelSource;
import dev.verdict.tracker.TrackerService;
import java.util.Optional;
import java.util.UUID;

/** Gives the publication page its "Follow-up tickets" panel, when the review has tickets. */
@org.springframework.stereotype.Component // named in full: Vaadin's Component is the panel
class TicketPanels implements PublicationPanelSource {

    private final TrackerService trackers;

    TicketPanels(TrackerService trackers) {
        this.trackers = trackers;
    }

    @Override
    public Optional<Component> panelFor(UUID reviewId) {
        var tickets = trackers.tickets(reviewId);
        return tickets.isEmpty() ? Optional.empty() : Optional.of(new TicketsPanel(trackers, reviewId, tickets));
    }
}
