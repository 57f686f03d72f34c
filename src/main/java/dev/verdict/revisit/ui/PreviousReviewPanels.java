package dev.verdict.revisit.ui;

import com.vaadin.flow.component.Component;
import dev.verdict.revisit.RevisitService;
import dev.verdict.shared.ui.ReviewPanelSource;
import java.util.Optional;
import java.util.UUID;

/** Gives the pre-read and the room the "Previous review" panel of a review that follows up on one. */
@org.springframework.stereotype.Component // named in full: Vaadin's Component is the panel
class PreviousReviewPanels implements ReviewPanelSource {

    private final RevisitService revisits;

    PreviousReviewPanels(RevisitService revisits) {
        this.revisits = revisits;
    }

    @Override
    public Optional<Component> panelFor(UUID reviewId) {
        return revisits.previousReview(reviewId).map(PreviousReviewPanel::new);
    }
}
