package dev.verdict.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.Supplier;

/**
 * The room's keyboard shortcuts in one dialog, opened with {@code ?} or the capture bar's
 * "Keyboard shortcuts" button: the Alt shortcuts are only useful to those who know them. Built
 * when first opened, so screens that never ask hold nothing of it.
 */
class ShortcutsHelp {

    /** Keys to press and what they do. */
    record Shortcut(String keys, String does) {
    }

    static final String TITLE = "Keyboard shortcuts";

    /** Opened by {@code ?} when the focus is not where it would type a question mark. */
    static final String QUESTION_MARK = "event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey"
            + " && !['INPUT', 'TEXTAREA', 'SELECT'].includes(event.composedPath()[0].tagName)"
            + " && !event.composedPath()[0].isContentEditable";

    private final Supplier<List<Shortcut>> shortcuts;
    private Dialog dialog;

    /** @param shortcuts the room's shortcuts for this viewer, read at each opening (the moderator's come and go) */
    ShortcutsHelp(Supplier<List<Shortcut>> shortcuts) {
        this.shortcuts = shortcuts;
    }

    void open() {
        if (dialog != null && dialog.isOpened()) {
            return;
        }
        dialog = new Dialog();
        dialog.addClassName("shortcuts-help");
        dialog.setHeaderTitle(TITLE);
        var list = new DescriptionList();
        for (Shortcut s : shortcuts.get()) {
            var term = new DescriptionList.Term();
            term.getElement().appendChild(new Element("kbd").setText(s.keys()));
            list.add(term, new DescriptionList.Description(s.does()));
        }
        list.addClassName("shortcut-list");
        dialog.add(list, new Paragraph("On a Mac, Alt is the Option key (⌥)."));
        var close = new Button("Close", e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                dialog = null;
            }
        });
        dialog.open();
        close.focus();
    }
}
