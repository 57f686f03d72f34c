package dev.verdict.shared.ui;

import com.vaadin.flow.component.HasText;

/** Text for live views that refresh often. */
public final class Texts {

    private Texts() {
    }

    /**
     * Sets the text only when it differs. Vaadin's {@code setText} replaces the text node even when
     * the text is the same, and every such replacement travels to every open screen on each push.
     */
    public static void set(HasText component, String text) {
        if (!component.getText().equals(text)) {
            component.setText(text);
        }
    }

    /** The text, or its first {@code max - 1} characters and "…" when longer: for a list's cell, the whole text in its tooltip. */
    public static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }
}
