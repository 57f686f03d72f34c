package dev.verdict.history.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.verdict.history.HistoryService;
import dev.verdict.history.SearchResult;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The history's search: a box, and under it the matching reviews with the passages that matched,
 * the matched words marked. Every text is set as text: nothing from a doc or comment becomes markup.
 */
class SearchPanel extends VerticalLayout {

    /** A matched word, marked as HTML's {@code <mark>} marks it (and screen readers announce it). */
    @Tag("mark")
    static class Hit extends HtmlContainer {
        Hit(String text) {
            setText(text);
        }
    }

    private final HistoryService history;
    private final Function<UUID, String> linkTo;
    private final TextField box = new TextField("Search");
    private final Paragraph summary = new Paragraph();
    private final Div results = new Div();

    SearchPanel(HistoryService history, Function<UUID, String> linkTo) {
        this.history = history;
        this.linkTo = linkTo;
        box.setPlaceholder("Docs, comments, risks, decisions");
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setMaxLength(HistoryService.QUERY_MAX);
        box.setClearButtonVisible(true);
        box.setWidth("min(32em, 100%)");
        // Enter (or leaving the box) searches; so does the button, for those who look for one.
        box.addValueChangeListener(e -> search());
        var go = new Button("Search", e -> search());
        var row = new HorizontalLayout(box, go);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.setWidthFull();
        summary.addClassName("search-summary");
        summary.setVisible(false);
        results.addClassName("search-results");
        add(row, summary, results);
        setPadding(false);
        addClassName("history-search");
    }

    private void search() {
        results.removeAll();
        String text = box.getValue();
        if (text.isBlank()) {
            summary.setVisible(false);
            return;
        }
        List<SearchResult> found = history.search(text);
        summary.setVisible(true);
        summary.setText(found.isEmpty() ? "Nothing found for “" + text.strip() + "” in the reviews you can see."
                : found.size() + (found.size() == 1 ? " review matches" : " reviews match") + " “" + text.strip() + "”"
                + (found.size() == HistoryService.MAX_RESULTS ? " (the best " + HistoryService.MAX_RESULTS + "; add words to narrow it)" : ""));
        found.forEach(r -> results.add(result(r)));
    }

    private Div result(SearchResult result) {
        var title = new Anchor(linkTo.apply(result.reviewId()), result.title());
        title.addClassName("search-result-title");
        var card = new Div(title);
        card.addClassName("search-result");
        for (SearchResult.Snippet snippet : result.snippets()) {
            var where = new Span(snippet.where());
            where.addClassName("search-snippet-where");
            var passage = new Paragraph();
            passage.addClassName("search-snippet");
            snippet.parts().forEach(p -> passage.add(p.hit() ? new Hit(p.text()) : new Span(p.text())));
            card.add(where, passage);
        }
        return card;
    }
}
