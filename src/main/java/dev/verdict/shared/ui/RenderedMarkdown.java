package dev.verdict.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import dev.verdict.shared.SafeMarkdown;

/**
 * Markdown from a doc, a comment or a decision, shown as formatted text. The only place user text
 * becomes markup, and only through {@link SafeMarkdown}: raw HTML is shown as text, unsafe link
 * schemes are dropped, nothing runs.
 *
 * <p>In the browser, in-doc links ({@code #section}, a KEP's table of contents, footnotes and
 * their back-links) scroll within this text instead of leaving the page: the page's
 * {@code <base href>} would otherwise resolve {@code #x} to the start page. Only the text's own
 * scrolling box moves (where the browser knows {@code container: 'nearest'}), not the page around it. {@code ```mermaid}
 * blocks are drawn by Mermaid from {@value #MERMAID_SCRIPT} (a webjar: no npm build), loaded
 * only when a diagram is shown, with Mermaid's {@code strict} security level (click handlers and
 * script links are not bound) and without HTML labels (markup in a label is shown as text, and an
 * image in one is not fetched, as images in the doc are not).
 */
public final class RenderedMarkdown extends Div {

    /** Served from the {@code org.webjars.npm:mermaid} jar's {@code META-INF/resources}; the version is the pom's. */
    public static final String MERMAID_SCRIPT = "webjars/mermaid/11.6.0/dist/mermaid.min.js";

    /** Runs with the rendered text as {@code this}; $0 the heading id prefix, $1 Mermaid's script. */
    private static final String IN_BROWSER = """
            const root = this;
            if (!root.$inDocLinks) {
              root.$inDocLinks = true;
              root.addEventListener('click', event => {
                const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
                if (!link || !root.contains(link)) return;
                event.preventDefault();
                event.stopPropagation();
                let name = link.getAttribute('href').substring(1);
                try { name = decodeURIComponent(name); } catch (e) { /* keep it as written */ }
                const find = id => id ? root.querySelector('#' + CSS.escape(id)) : null;
                const target = find($0 + name) || find(name);
                if (target) target.scrollIntoView({block: 'start', container: 'nearest'});
              });
            }
            const diagrams = root.querySelectorAll('pre.mermaid:not([data-processed])');
            if (diagrams.length) {
              window.$verdictMermaid = window.$verdictMermaid || new Promise((resolve, reject) => {
                const script = document.createElement('script');
                script.src = $1;
                script.onload = () => {
                  // Strict: no click callbacks, no script links. No HTML labels: markup in a label shows as text, as in the doc.
                  globalThis.mermaid.initialize({startOnLoad: false, securityLevel: 'strict', htmlLabels: false,
                    flowchart: {htmlLabels: false}});
                  resolve(globalThis.mermaid);
                };
                script.onerror = () => { window.$verdictMermaid = null; reject(new Error('Mermaid did not load')); };
                document.head.appendChild(script);
              });
              window.$verdictMermaid.then(mermaid => mermaid.run({nodes: diagrams, suppressErrors: true}));
            }
            """;

    public RenderedMarkdown(String markdown) {
        this(new Html(SafeMarkdown.toHtml(markdown)));
    }

    private RenderedMarkdown(Html safe) {
        addClassName("rendered-markdown");
        add(safe);
    }

    /** One section of a doc, with the doc's link and footnote definitions applying to it ({@link SafeMarkdown#toHtml(String, String)}). */
    public static RenderedMarkdown section(String section, String wholeDoc) {
        return new RenderedMarkdown(new Html(SafeMarkdown.toHtml(section, wholeDoc)));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(IN_BROWSER, SafeMarkdown.ID_PREFIX, MERMAID_SCRIPT);
    }
}
