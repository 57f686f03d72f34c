package dev.verdict.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * "Related decisions": the decisions closest in topic to a review's doc, each a link to it in the
 * decision log with its status, for the pre-read and the room. Every text is set as text.
 */
public final class RelatedDecisionsPanel extends Div {

    /**
     * One decision.
     *
     * @param href the decision log's page of it ({@code decisions/<id>})
     */
    public record Item(String label, String status, String where, String href) {
    }

    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph("No decision in the log is close to this doc.");

    public RelatedDecisionsPanel() {
        addClassName("related-decisions");
        list.addClassName("related-decisions-list");
        none.addClassName("related-decisions-none");
        add(new H3("Related decisions"), list, none);
        getElement().setAttribute("aria-label", "Related decisions");
        getElement().setAttribute("role", "region");
    }

    public void show(List<Item> items) {
        list.removeAll();
        for (Item item : items) {
            var status = new Span(item.status() + (item.where() == null ? "" : " · " + item.where()));
            status.addClassName("related-decision-status");
            var entry = new ListItem(new Anchor(item.href(), item.label()), status);
            entry.addClassName("related-decision");
            list.add(entry);
        }
        list.setVisible(!items.isEmpty());
        none.setVisible(items.isEmpty());
    }
}
