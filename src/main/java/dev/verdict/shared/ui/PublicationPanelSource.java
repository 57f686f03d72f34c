package dev.verdict.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A panel another module adds to a review's publication page (the follow-up tickets filed after
 * the commit), so the page shows it without depending on the module that knows its content.
 */
public interface PublicationPanelSource {

    /** The panel for this review as the caller may see it; empty when there is nothing to show. */
    Optional<Component> panelFor(UUID reviewId);

    /** Puts every source's panel for the review into {@code slot}, replacing what it held. */
    static void showAll(HasComponents slot, ObjectProvider<PublicationPanelSource> sources, UUID reviewId) {
        slot.removeAll();
        sources.orderedStream().forEach(source -> source.panelFor(reviewId).ifPresent(slot::add));
    }
}
