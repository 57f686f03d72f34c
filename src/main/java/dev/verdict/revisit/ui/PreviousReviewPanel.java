package dev.verdict.revisit.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.verdict.meeting.ActionItem;
import dev.verdict.revisit.PreviousReview;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * "Previous review" on a review's pre-read and in its room: how the review this one follows up on
 * ended (outcome and decision statement, a link for those who were in it) and its action items
 * nobody has marked done, with owner and due date.
 */
@StyleSheet("styles/revisit.css")
class PreviousReviewPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    PreviousReviewPanel(PreviousReview previous) {
        addClassName("previous-review");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Previous review");
        var heading = new H3("Previous review: ");
        if (previous.callerIsMember()) {
            var link = new Anchor("reviews/" + previous.reviewId() + "/publication", previous.title());
            link.getElement().setAttribute("router-link", true);
            heading.add(link);
        } else {
            heading.add(new Span(previous.title()));
        }
        var outcome = new Span(previous.decision().outcome().label());
        outcome.addClassName("outcome-badge");
        var statement = new Paragraph(outcome, new Span(previous.decision().statement()));
        statement.addClassName("previous-statement");
        var meta = new Paragraph("Decided by " + previous.decision().decisionMaker().displayName() + " on "
                + DAY.format(previous.decision().decidedAt().atZone(ZoneId.systemDefault())));
        meta.addClassName("previous-meta");
        add(heading, statement, meta);
        if (previous.openItems().isEmpty()) {
            var none = new Paragraph("No open action items from it.");
            none.addClassName("previous-meta");
            add(none);
            return;
        }
        var items = new UnorderedList();
        items.addClassName("previous-open-items");
        previous.openItems().forEach(item -> items.add(line(item)));
        add(new Paragraph("Its open action items (" + previous.openItems().size() + "):"), items);
    }

    private static ListItem line(ActionItem item) {
        var meta = new Span(" — " + (item.owner() == null ? "no owner" : item.owner().displayName()) + ", "
                + (item.dueDate() == null ? "no due date" : "due " + DAY.format(item.dueDate())));
        meta.addClassName("previous-item-meta");
        return new ListItem(new Span(item.text()), meta);
    }
}
