package dev.verdict.publishing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.publishing.PublicationFeed;
import dev.verdict.publishing.PublicationService;
import dev.verdict.publishing.PublicationStatus;
import dev.verdict.shared.LiveFeed;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/** Where the decision stands on its way into git; updates live as the publisher works. */
@Route("reviews/:reviewId/publication")
@PageTitle("Publication · Verdict")
@PermitAll
class PublicationView extends VerticalLayout implements BeforeEnterObserver {

    private final PublicationService publications;
    private final PublicationFeed feed;
    private UUID reviewId;
    private LiveFeed.Subscription subscription;

    private final H2 title = new H2();
    private final Div body = new Div();

    PublicationView(PublicationService publications, PublicationFeed feed) {
        this.publications = publications;
        this.feed = feed;
        body.addClassName("publication");
        add(title, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            reviewId = UUID.fromString(event.getRouteParameters().get("reviewId").orElseThrow());
            refresh();
        } catch (IllegalArgumentException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, "No such review, or it is not yours");
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = feed.subscribe(reviewId, () -> ui.access(this::refresh));
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
        }
    }

    private void refresh() {
        PublicationStatus status = publications.status(reviewId);
        title.setText(status.reviewTitle());
        body.removeAll();
        if (!status.decided()) {
            body.add(new Paragraph("This review has no decision yet."));
            return;
        }
        switch (status.state()) {
            case PUBLISHING -> {
                var progress = new ProgressBar();
                progress.setIndeterminate(true);
                body.add(new Paragraph("Publishing the summary and the ADR to git…"), progress);
            }
            case WAITING -> body.add(
                    new Paragraph("Waiting to publish (attempt " + status.attempts() + "). Nothing is lost; "
                            + "Verdict keeps trying."),
                    problem(status.problem()));
            case PUBLISHED -> body.add(
                    new Paragraph("Published in one commit."),
                    line("Commit: ", status.commitId(), "commit-id"),
                    line("ADR: ", status.adrPath(), "adr-path"),
                    line("Summary: ", status.summaryPath(), "summary-path"));
        }
    }

    private static Div line(String label, String value, String className) {
        var code = new Code(value == null ? "" : value);
        code.addClassName(className);
        return new Div(new Span(label), code);
    }

    private static Span problem(String text) {
        var span = new Span(text == null ? "" : text);
        span.addClassName("publication-problem");
        return span;
    }
}
