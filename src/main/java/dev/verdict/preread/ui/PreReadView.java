package dev.verdict.preread.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.shared.ui.CancelledNotice;
import dev.verdict.shared.ui.ReviewPanelSource;
import dev.verdict.shared.ui.TextLimit;
import dev.verdict.identity.Person;
import dev.verdict.preread.CommentKind;
import dev.verdict.preread.CommentView;
import dev.verdict.preread.InvalidCommentException;
import dev.verdict.preread.NewComment;
import dev.verdict.preread.PreReadFeed;
import dev.verdict.preread.PreReadPage;
import dev.verdict.preread.PreReadService;
import dev.verdict.preread.PreReadStatus;
import dev.verdict.preread.TriageSummary;
import dev.verdict.shared.SafeMarkdown;
import dev.verdict.shared.ui.LiveUpdates;
import dev.verdict.shared.ui.Messages;
import dev.verdict.shared.ui.RelatedDecisionsPanel;
import dev.verdict.shared.ui.RenderedMarkdown;
import dev.verdict.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * The pre-read: the pinned doc rendered for reading with an outline to jump between sections,
 * comments per section (threads, quotes, kinds), "I have read it", and for the moderator the
 * triage: load per section, unresolved concerns, who has not read yet, and per comment "to the
 * agenda", "park" or "resolve". Others' comments appear without a reload.
 */
@Route("reviews/:reviewId/read")
@PageTitle("Pre-read · Verdict")
@PermitAll
class PreReadView extends VerticalLayout implements BeforeEnterObserver {

    static final int COMMENT_MAX = 10_000;

    private final PreReadService preRead;
    private final PreReadFeed feed;
    private UUID reviewId;
    private LiveUpdates live;

    private final H2 title = new H2();
    private final Span state = new Span();
    private final Span warning = new Span();
    private final CancelledNotice cancelled = new CancelledNotice();
    private final Button open = new Button("Open the pre-read");
    private final Button markRead = new Button("I have read it");
    private final Div outline = new Div();
    private final RelatedDecisionsPanel related = new RelatedDecisionsPanel();
    private final Div doc = new Div();
    private final Div form = new Div();
    private final Select<String> section = new Select<>();
    private final TextField quote = new TextField("Quote (optional)");
    private final Select<CommentKind> kind = new Select<>();
    private final TextArea body = new TextArea("Comment");
    private final Div threads = new Div();
    private final Div triage = new Div();
    private final Messages problems = new Messages();
    private String shownDoc;
    /** What people have typed into the boxes of a thread survives the thread being redrawn by others' changes. */
    private final Map<String, String> drafts = new HashMap<>();

    private final ObjectProvider<ReviewPanelSource> panelSources;
    private final Div panels = new Div();
    /** The meeting's calendar invitation, downloadable once the review has a meeting date. */
    private final com.vaadin.flow.component.html.Anchor calendarFile = new com.vaadin.flow.component.html.Anchor();

    PreReadView(PreReadService preRead, PreReadFeed feed, ObjectProvider<ReviewPanelSource> panelSources) {
        this.preRead = preRead;
        this.panelSources = panelSources;
        this.feed = feed;
        open.addClickListener(e -> act(() -> preRead.open(reviewId)));
        markRead.addClickListener(e -> act(() -> preRead.markRead(reviewId)));
        state.addClassName("pre-read-state");
        warning.addClassName("lead-time-warning");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        markRead.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        outline.addClassName("doc-outline");
        doc.addClassName("pre-read-doc");
        // The doc scrolls inside its own box: focusable, so a keyboard alone can scroll it (WCAG 2.1.1).
        doc.getElement().setAttribute("tabindex", "0");
        doc.getElement().setAttribute("role", "region");
        doc.getElement().setAttribute("aria-label", "Design doc");
        threads.addClassName("comments");
        triage.addClassName("triage");
        section.setLabel("Section");
        kind.setLabel("Kind");
        kind.setItems(CommentKind.values());
        kind.setItemLabelGenerator(CommentKind::label);
        kind.setValue(CommentKind.QUESTION);
        TextLimit.apply(quote, 2000);
        quote.setWidth("min(24em, 100%)");
        body.setWidthFull();
        body.setValueChangeMode(ValueChangeMode.EAGER);
        TextLimit.withCounter(body, COMMENT_MAX);
        var add = new Button("Add comment", e -> addComment());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var fields = new HorizontalLayout(section, kind, quote);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        form.add(fields, body, add);
        form.addClassName("comment-form");
        fields.setWidthFull();
        // Beside the outline: the decisions the doc is close to, so nobody re-litigates one unknowingly.
        var side = new Div(outline, related);
        side.addClassName("pre-read-side");
        var reading = new HorizontalLayout(side, doc);
        reading.addClassName("pre-read-reading");
        reading.setWidthFull();
        reading.setFlexGrow(1, doc);
        panels.setWidthFull();
        calendarFile.setText("Add the meeting to your calendar (.ics)");
        calendarFile.addClassName("download-calendar");
        calendarFile.setHref(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(e -> {
            byte[] bytes = preRead.calendarInvitation(reviewId).orElse("").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                    dev.verdict.preread.CalendarInvitation.FILE_NAME, "text/calendar;charset=UTF-8", bytes.length);
        }));
        add(title, cancelled, new HorizontalLayout(state, open, markRead), calendarFile, warning, problems, panels, triage, reading,
                new H3("Comments"), form, threads);
        setMaxWidth("80em");
        live = LiveUpdates.refreshWhileAttached(this, listener -> feed.subscribe(reviewId, listener), this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.openReview(event, id -> {
            reviewId = id;
            live.follow();
            refresh();
            calendarFile.setVisible(preRead.calendarInvitation(id).isPresent());
            ReviewPanelSource.showAll(panels, panelSources, id);
        });
    }

    private void refresh() {
        PreReadPage page = preRead.page(reviewId);
        PreReadStatus status = page.status();
        title.setText("Pre-read: " + status.title());
        state.setText(status.opened() ? "Open since " + status.openedAt().toString().substring(0, 16).replace('T', ' ') + " UTC"
                + (status.pinnedCommit() == null ? "" : " · doc pinned at " + status.pinnedCommit())
                : "Not open yet" + (status.moderator() ? ": opening it invites everyone in the review" : ""));
        cancelled.show(status.cancellation());
        if (status.cancellation() != null) {
            calendarFile.setVisible(false);
        }
        open.setVisible(status.moderator() && !status.opened() && status.cancellation() == null);
        markRead.setVisible(status.opened() && !status.readByMe() && status.cancellation() == null);
        markRead.setText("I have read it");
        warning.setText(status.leadTimeWarning() == null ? "" : "⚠ " + status.leadTimeWarning());
        warning.setVisible(status.leadTimeWarning() != null);
        form.setVisible(status.mayComment());
        if (!status.designDoc().equals(shownDoc)) {
            shownDoc = status.designDoc();
            showDoc(status);
        }
        showThreads(page.threads(), status.moderator());
        triage.removeAll();
        triage.setVisible(page.triage() != null);
        if (page.triage() != null) {
            showTriage(page.triage());
        }
    }

    private void showDoc(PreReadStatus status) {
        outline.removeAll();
        for (SafeMarkdown.Heading heading : SafeMarkdown.headings(status.designDoc())) {
            // Not an <a href="#id">: the page's <base href> would send that to the start page.
            var link = new Span(heading.text());
            link.addClassName("outline-link");
            link.getElement().setAttribute("role", "link").setAttribute("tabindex", "0");
            link.getStyle().set("padding-left", (heading.level() - 1) + "em").set("display", "block").set("cursor", "pointer");
            link.addClickListener(e -> doc.getElement().executeJs(
                    "const target = document.getElementById($0); if (target) target.scrollIntoView({block: 'start', container: 'nearest'});", heading.id()));
            outline.add(link);
        }
        doc.removeAll();
        doc.add(new RenderedMarkdown(status.designDoc()));
        related.show(preRead.relatedDecisions(reviewId).stream()
                .map(d -> new RelatedDecisionsPanel.Item(d.label(), d.status(), d.repository(), "decisions/" + d.entryId())).toList());
        section.setItems(status.sections());
        if (!status.sections().isEmpty()) {
            section.setValue(status.sections().getFirst());
        }
    }

    private void showThreads(List<CommentView> comments, boolean moderator) {
        threads.removeAll();
        if (comments.isEmpty()) {
            threads.add(new Paragraph("No comments yet."));
        }
        comments.forEach(c -> threads.add(thread(c, moderator)));
    }

    private Div thread(CommentView c, boolean moderator) {
        var thread = new Div();
        thread.addClassName("comment-thread");
        thread.add(comment(c));
        c.replies().forEach(r -> {
            var reply = comment(r);
            reply.addClassName("reply");
            thread.add(reply);
        });
        var actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (form.isVisible()) {
            var replyText = draft(new TextField(), "reply:" + c.id());
            replyText.setPlaceholder("Reply…");
            TextLimit.apply(replyText, COMMENT_MAX);
            replyText.setAriaLabel("Reply");
            actions.add(replyText, small("Reply", () -> {
                preRead.reply(reviewId, c.id(), replyText.getValue());
                drafts.remove("reply:" + c.id());
            }));
        }
        if (c.mayEdit()) {
            String key = "edit:" + c.id();
            boolean editing = drafts.containsKey(key);
            var edited = new TextArea();
            edited.setAriaLabel("Edit comment");
            TextLimit.apply(edited, COMMENT_MAX);
            edited.setValue(editing ? drafts.get(key) : c.body());
            edited.setValueChangeMode(ValueChangeMode.LAZY);
            edited.addValueChangeListener(e -> drafts.put(key, e.getValue()));
            edited.setVisible(editing);
            var save = small("Save", () -> {
                preRead.edit(reviewId, c.id(), edited.getValue());
                drafts.remove(key);
            });
            save.setVisible(editing);
            var edit = new Button("Edit", e -> {
                drafts.putIfAbsent(key, edited.getValue());
                edited.setVisible(true);
                save.setVisible(true);
            });
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(edit, edited, save);
        }
        if (c.mayResolve()) {
            if (c.resolved()) {
                actions.add(small("Reopen", () -> preRead.reopen(reviewId, c.id())));
            } else {
                var note = draft(new TextField(), "note:" + c.id());
                note.setPlaceholder("Resolution note");
                note.setAriaLabel("Resolution note");
                actions.add(note, small("Resolve", () -> {
                    preRead.resolve(reviewId, c.id(), note.getValue());
                    drafts.remove("note:" + c.id());
                }));
            }
        }
        if (moderator && c.triage() == null && !c.resolved()) {
            var minutes = new IntegerField();
            minutes.setAriaLabel("Minutes");
            minutes.setValue(5);
            minutes.setMin(1);
            minutes.setMax(60);
            minutes.setWidth("5em");
            actions.add(minutes, small("To agenda", () -> preRead.toAgenda(reviewId, c.id(),
                    minutes.getValue() == null ? 0 : minutes.getValue())), small("Park", () -> preRead.park(reviewId, c.id())));
        }
        thread.add(actions);
        return thread;
    }

    private TextField draft(TextField field, String key) {
        field.setValue(drafts.getOrDefault(key, ""));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> drafts.put(key, e.getValue()));
        return field;
    }

    private Div comment(CommentView c) {
        var head = new Span(c.kind().label() + " · " + c.section() + " · " + c.author().displayName()
                + (c.edited() ? " (edited)" : "") + (c.outdated() ? " · outdated: the section is gone from the doc" : "")
                + (c.resolved() ? " · resolved" + (c.resolutionNote() == null ? "" : ": " + c.resolutionNote()) : "")
                + (c.triage() == null ? "" : " · " + c.triage().label()));
        head.addClassName("comment-head");
        var box = new Div(head);
        if (c.quote() != null) {
            var quoted = new Span("“" + c.quote() + "”");
            quoted.addClassName("comment-quote");
            box.add(new Div(quoted));
        }
        var text = new Paragraph(c.body());
        text.addClassName("comment-body");
        box.add(text);
        box.addClassName("comment");
        if (c.outdated()) {
            box.addClassName("outdated");
        }
        return box;
    }

    private void showTriage(TriageSummary summary) {
        triage.add(new H3("Triage"));
        if (summary.bySection().isEmpty()) {
            triage.add(new Span("No comments yet."));
        }
        summary.bySection().forEach((name, counts) -> {
            var line = new Div(new Span(name + ": " + counts(counts)));
            line.addClassName("triage-section");
            triage.add(line);
        });
        var concerns = new Div(new Span("Unresolved concerns: " + summary.unresolvedConcerns().size()));
        concerns.addClassName("unresolved-concerns");
        var concernList = new Div();
        concernList.addClassName("concern-list");
        summary.unresolvedConcerns().forEach(c -> {
            String text = c.body().length() > 140 ? c.body().substring(0, 139) + "…" : c.body();
            var line = new Div(new Span(c.section() + " · " + c.author().displayName() + ": " + text));
            line.addClassName("concern");
            concernList.add(line);
        });
        var notRead = new Div(new Span("Not read yet: " + (summary.notReadYet().isEmpty() ? "everyone has read it"
                : summary.notReadYet().stream().map(Person::displayName).collect(Collectors.joining(", ")))));
        notRead.addClassName("not-read");
        var read = new Div(new Span("Read: " + (summary.readers().isEmpty() ? "nobody yet"
                : summary.readers().stream().map(Person::displayName).collect(Collectors.joining(", ")))));
        read.addClassName("read-receipts");
        triage.add(concerns, concernList, notRead, read);
        if (!summary.bySection().isEmpty()) {
            var replan = small("Re-plan minutes by comments", () -> {
                preRead.replanByComments(reviewId);
                Messages.info("Agenda re-planned: sections with more open concerns and questions got more time");
            });
            replan.getElement().setAttribute("title",
                    "Plans the agenda afresh from the doc: sections with more open concerns and questions get more time."
                            + " Your edits to the agenda are replaced.");
            triage.add(new Div(replan));
        }
    }

    private static String counts(Map<CommentKind, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label().toLowerCase()
                + (e.getValue() == 1 ? "" : "s")).collect(Collectors.joining(", "));
    }

    private void addComment() {
        act(() -> {
            preRead.comment(reviewId, new NewComment(section.getValue(), quote.getValue(), kind.getValue(), body.getValue()));
            body.clear();
            quote.clear();
        });
    }

    private Button small(String text, Runnable action) {
        var button = new Button(text, e -> act(action));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** Runs a change; a refused one says why and keeps what was typed. */
    private void act(Runnable change) {
        problems.clear();
        try {
            change.run();
            refresh();
        } catch (ConstraintViolationException e) {
            problems.show(Messages.of(e));
        } catch (InvalidCommentException | AccessDeniedException e) {
            problems.show(List.of(e.getMessage()));
        }
    }
}
