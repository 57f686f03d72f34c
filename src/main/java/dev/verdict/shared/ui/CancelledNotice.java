package dev.verdict.shared.ui;

import com.vaadin.flow.component.html.Div;

/**
 * "Cancelled: the vendor withdrew the offer" at the top of a cancelled review's pages (ADR 28): the
 * one place each page says the review is read-only and why. Hidden while the review goes ahead.
 */
public class CancelledNotice extends Div {

    public CancelledNotice() {
        addClassName("review-cancelled");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    /** @param label the review's "Cancelled: …" line, or null while it goes ahead */
    public void show(String label) {
        setVisible(label != null);
        Texts.set(this, label == null ? "" : label + " · The review is read-only.");
    }
}
