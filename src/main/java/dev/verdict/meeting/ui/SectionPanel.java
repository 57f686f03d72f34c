package dev.verdict.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.verdict.meeting.RoomState;
import dev.verdict.preread.CommentView;
import dev.verdict.shared.ui.RenderedMarkdown;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The current item's part of the doc, rendered safely, in a box of bounded height that scrolls
 * on its own (the stylesheet bounds it): a 3 000-line Proposal never pushes the capture bar and
 * the lists off the screen. Below it, the pre-read comments on that item.
 */
class SectionPanel extends Div {

    private final Div section = new Div();
    private final Div comments = new Div();
    private final IntFunction<List<CommentView>> commentsOf;
    private String shown = "";

    /** @param commentsOf the pre-read comments on the agenda item at a position */
    SectionPanel(IntFunction<List<CommentView>> commentsOf) {
        this.commentsOf = commentsOf;
        addClassName("section-panel");
        section.addClassName("doc-section");
        // A scroll box of its own: reachable with Tab, then scrolled with the arrow keys.
        section.getElement().setAttribute("tabindex", "0");
        section.getElement().setAttribute("role", "region");
        section.getElement().setAttribute("aria-label", "The current item's section of the doc");
        comments.addClassName("section-comments");
        add(section, comments);
    }

    /** Shows the section at a position (-1: none); re-rendered only when the item or its text changes. */
    void show(RoomState state, int position) {
        String key = position < 0 ? "" : position + "\n" + state.agenda().get(position).sectionMarkdown();
        if (key.equals(shown)) {
            return;
        }
        shown = key;
        section.removeAll();
        comments.removeAll();
        section.setVisible(position >= 0);
        if (position < 0) {
            return;
        }
        section.add(RenderedMarkdown.section(state.agenda().get(position).sectionMarkdown(), state.designDoc()));
        var onItem = commentsOf.apply(position);
        if (!onItem.isEmpty()) {
            comments.add(new H3("Pre-read comments on this item"));
        }
        onItem.forEach(c -> {
            var line = new Div(new Span(c.kind().label() + " · " + c.author().displayName()
                    + (c.resolved() ? " · resolved" : "") + (c.triage() == null ? "" : " · " + c.triage().label())
                    + ": " + c.body()));
            line.addClassName("section-comment");
            comments.add(line);
        });
    }
}
