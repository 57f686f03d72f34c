package dev.verdict.publishing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.verdict.shared.ui.LiveUpdates;
import dev.verdict.shared.ui.PublicationPanelSource;
import dev.verdict.shared.ui.RenderedMarkdown;
import dev.verdict.shared.ui.RouteIds;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.publishing.PublicationFeed;
import dev.verdict.publishing.PublicationService;
import dev.verdict.publishing.PublicationState;
import dev.verdict.publishing.PublicationStatus;
import dev.verdict.publishing.PullRequestState;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/** Where the decision stands on its way into git; updates live as the publisher works. */
@Route("reviews/:reviewId/publication")
@PageTitle("Publication · Verdict")
@PermitAll
class PublicationView extends VerticalLayout implements BeforeEnterObserver {

    private final PublicationService publications;
    private final PublicationFeed feed;
    private final ObjectProvider<PublicationPanelSource> panelSources;
    private UUID reviewId;
    private LiveUpdates live;

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("HH:mm:ss").withZone(java.time.ZoneId.systemDefault());

    private final H2 title = new H2();
    private final Div body = new Div();
    /** What other modules add once the decision is published (the follow-up tickets). */
    private final Div panels = new Div();

    PublicationView(PublicationService publications, PublicationFeed feed, ObjectProvider<PublicationPanelSource> panelSources) {
        this.publications = publications;
        this.feed = feed;
        this.panelSources = panelSources;
        body.addClassName("publication");
        add(title, body, panels);
        live = LiveUpdates.refreshWhileAttached(this, listener -> feed.subscribe(reviewId, listener), this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.openReview(event, id -> {
            reviewId = id;
            live.follow();
            refresh();
            // The host is asked in the background; its answer reaches the page as a live change.
            publications.checkPullRequest(id);
        });
    }

    private void refresh() {
        PublicationStatus status = publications.status(reviewId);
        title.setText(status.reviewTitle());
        body.removeAll();
        panels.removeAll();
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
            case WAITING -> {
                var waiting = new Paragraph("Waiting to publish (attempt " + status.attempts()
                        + (status.nextAttemptAt() == null ? "" : ", next at " + TIME.format(status.nextAttemptAt()))
                        + "). Nothing is lost; Verdict keeps trying.");
                waiting.addClassName("publication-waiting");
                body.add(waiting, problem(status.problem()));
                if (status.mayRetry()) {
                    var retry = new Button("Retry now", e -> retryNow());
                    retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    body.add(new Div(retry));
                }
            }
            case NEEDS_ATTENTION -> {
                var refused = new Paragraph("Not published: the repository records another decision for this review.");
                refused.addClassName("publication-refused");
                body.add(refused, problem(status.problem()));
            }
            case PUBLISHED -> {
                var pr = status.pullRequest();
                body.add(new Paragraph(pr == null
                                ? "Published in one commit" + (status.destination() == null ? "." : " to " + status.destination() + ".")
                                : "Pushed in one commit" + (status.destination() == null ? "" : " to " + status.destination())
                                + (pr.state() == PullRequestState.MERGED ? "; published once its " + pr.name() + " was merged."
                                : ", for a " + pr.name() + ".")),
                        line("Commit: ", status.commitId(), "commit-id"),
                        line("ADR: ", status.adrPath(), "adr-path"),
                        line("Summary: ", status.summaryPath(), "summary-path"));
                if (pr != null) {
                    body.add(pullRequest(pr));
                }
            }
        }
        if (status.state() == PublicationState.PUBLISHED) {
            PublicationPanelSource.showAll(panels, panelSources, reviewId);
        }
        body.add(files());
    }

    /** The pull request: a link and its state, or while pending what failed, the next attempt and Retry. */
    private Div pullRequest(PublicationStatus.PullRequestStatus pr) {
        var box = new Div();
        box.addClassName("pull-request");
        if (pr.state() == PullRequestState.PENDING) {
            var pending = new Paragraph("Pushed, " + pr.name() + " pending (attempt " + pr.attempts()
                    + (pr.nextAttemptAt() == null ? "" : ", next at " + TIME.format(pr.nextAttemptAt()))
                    + "). The commit is on the branch; Verdict keeps trying to open the " + pr.name() + ".");
            pending.addClassName("pull-request-pending");
            box.add(pending, problem(pr.problem()));
            if (pr.mayRetry()) {
                var retry = new Button("Retry", e -> retryPullRequest());
                retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                box.add(new Div(retry));
            }
            return box;
        }
        String label = (pr.name().equals("merge request") ? "Merge request !" : "Pull request #") + pr.number();
        var link = pr.url() == null ? new Span(label) : new Anchor(pr.url(), label);
        link.addClassName("pull-request-link");
        if (link instanceof Anchor a) {
            a.setTarget("_blank");
        }
        var state = new Span(pr.state().label());
        state.addClassName("pull-request-state");
        state.getElement().getThemeList().add("badge" + switch (pr.state()) {
            case MERGED -> " success";
            case CLOSED -> " error";
            default -> "";
        });
        box.add(new Div(link, new Span(" "), state));
        if (pr.reviewerNote() != null) {
            var note = new Paragraph(pr.reviewerNote().replace("`", ""));
            note.addClassName("pull-request-reviewer");
            box.add(note);
        }
        if (pr.state() == PullRequestState.CLOSED) {
            box.add(new Paragraph("Closed without merging: the decision is not in the branch. Reopen it on the host, or start a new review."));
        }
        if (pr.problem() != null) {
            box.add(problem("Could not read its state: " + pr.problem()));
        }
        return box;
    }

    private void retryPullRequest() {
        try {
            publications.retryPullRequest(reviewId);
            refresh();
        } catch (IllegalStateException | AccessDeniedException e) {
            body.add(problem(e.getMessage()));
        }
    }

    /** Both files, downloadable, and a preview rendered safely (nothing in them runs). */
    private Div files() {
        var summary = new Anchor(DownloadHandler.fromInputStream(e -> markdown(publications.summary(reviewId), "summary.md")),
                "Download summary");
        var adr = new Anchor(DownloadHandler.fromInputStream(e -> markdown(publications.adr(reviewId), "adr.md")),
                "Download ADR");
        var pdf = new Anchor(DownloadHandler.fromInputStream(e -> file(publications.summaryPdf(reviewId), "summary.pdf",
                "application/pdf")), "Download PDF");
        var zip = new Anchor(DownloadHandler.fromInputStream(e -> file(publications.reviewArchive(reviewId), "review.zip",
                "application/zip")), "Download review (ZIP)");
        summary.addClassName("download-summary");
        adr.addClassName("download-adr");
        pdf.addClassName("download-pdf");
        zip.addClassName("download-zip");
        var preview = new Details("Preview the summary and the ADR");
        preview.addClassName("publication-preview");
        // Rendered when opened, not on every refresh of the page.
        preview.addOpenedChangeListener(e -> {
            if (e.isOpened() && preview.getContent().findAny().isEmpty()) {
                preview.add(new RenderedMarkdown(publications.summary(reviewId)), new RenderedMarkdown(publications.adr(reviewId)));
            }
        });
        var files = new Div(new Div(summary, new Span(" · "), adr, new Span(" · "), pdf,
                new Span(" · "), zip), preview);
        files.addClassName("publication-files");
        return files;
    }

    private static DownloadResponse file(byte[] bytes, String fileName, String contentType) {
        return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
    }

    private static DownloadResponse markdown(String text, String fileName) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/markdown;charset=UTF-8", bytes.length);
    }

    private void retryNow() {
        try {
            publications.retryNow(reviewId);
            refresh();
        } catch (IllegalStateException | AccessDeniedException e) {
            body.add(problem(e.getMessage()));
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
