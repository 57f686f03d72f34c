package dev.verdict.decisionlog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.decisionlog.DecisionLogService;
import dev.verdict.decisionlog.LogEntry;
import dev.verdict.decisionlog.OpenedEntry;
import dev.verdict.shared.ui.RenderedMarkdown;
import dev.verdict.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/**
 * One decision from the log: what the log knows of it, links to the review that decided it and
 * the commit it went into (for the review's members), and the ADR rendered safely.
 */
@Route("decisions/:entryId")
@PageTitle("Decision · Verdict")
@PermitAll
class DecisionEntryView extends VerticalLayout implements BeforeEnterObserver {

    private final DecisionLogService log;

    DecisionEntryView(DecisionLogService log) {
        this.log = log;
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.open(event, "entryId", "No such decision", id -> show(log.open(id)
                .orElseThrow(() -> new AccessDeniedException("No such decision"))));
    }

    private void show(OpenedEntry opened) {
        removeAll();
        LogEntry entry = opened.entry();
        var facts = new DescriptionList();
        facts.addClassName("decision-facts");
        fact(facts, "Status", entry.status());
        fact(facts, "Date", entry.date());
        fact(facts, "Repository", DecisionLogView.where(entry));
        fact(facts, "File", entry.path());
        fact(facts, "Tags", String.join(", ", entry.tags()));
        fact(facts, "Decided by", String.join(", ", entry.deciders()));
        fact(facts, "Supersede chain", String.join(" → ", entry.chain()));
        fact(facts, "Revisit on", entry.revisitOn() == null ? null : entry.revisitOn().toString());
        var links = new HorizontalLayout();
        links.setWrap(true);
        links.addClassName("decision-links");
        links.add(new Anchor("decisions", "Back to the decision log"));
        if (entry.reviewId() != null) {
            links.add(new Anchor("reviews/" + entry.reviewId(), "Open the review"));
            if (entry.inGit()) {
                links.add(new Anchor("reviews/" + entry.reviewId() + "/publication", "Summary and commit"));
            }
        }
        if (entry.repositoryId() != null && entry.inGit()) {
            links.add(new Anchor("repositories/" + entry.repositoryId() + "/adrs", "ADR log of " + entry.repository()));
        }
        if (entry.commit() != null) {
            var commit = new Code(entry.commit().substring(0, Math.min(7, entry.commit().length())));
            commit.addClassName("commit-id");
            commit.setTitle(entry.commit());
            if (entry.commitUrl() != null) {
                var page = new Anchor(entry.commitUrl(), commit);
                page.setTarget("_blank");
                page.getElement().setAttribute("rel", "noopener noreferrer");
                page.setAriaLabel("Commit " + entry.commit() + " on the repository's host (opens a new tab)");
                links.add(new Span(new Span(entry.reviewId() != null ? "Committed in " : "Read at "), page));
            } else {
                links.add(new Span(new Span(entry.reviewId() != null ? "Committed in " : "Read at "), commit));
            }
        }
        var adr = new RenderedMarkdown(opened.markdown());
        adr.addClassName("decision-adr");
        add(new H2(entry.label()), facts, links, adr);
    }

    private static void fact(DescriptionList list, String term, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
        }
    }
}
