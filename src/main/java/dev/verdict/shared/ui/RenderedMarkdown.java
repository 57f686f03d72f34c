package dev.verdict.shared.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import dev.verdict.shared.SafeMarkdown;

/**
 * Markdown from a doc, a comment or a decision, shown as formatted text. The only place user text
 * becomes markup, and only through {@link SafeMarkdown}: raw HTML is shown as text, unsafe link
 * schemes are dropped, nothing runs.
 */
public final class RenderedMarkdown extends Div {

    public RenderedMarkdown(String markdown) {
        addClassName("rendered-markdown");
        add(new Html(SafeMarkdown.toHtml(markdown)));
    }
}
