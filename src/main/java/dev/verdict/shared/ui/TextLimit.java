package dev.verdict.shared.ui;

import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A length limit on a text field that never cuts anything: the browser's own {@code maxlength}
 * silently drops what is pasted beyond it, so instead the field counts characters as people type
 * and, over the limit, is marked invalid with how many characters to cut. The text stays as
 * typed; the service still refuses an over-long value (its {@code @Size} or domain check), and
 * the view keeps the field's text when it does.
 */
public final class TextLimit {

    /** The counter shows from this share of the limit on, so short fields stay quiet. */
    private static final double COUNT_FROM = 0.8;

    private TextLimit() {
    }

    /**
     * Limits the field to {@code max} characters (UTF-16 units, as {@code @Size} and the column
     * lengths count). Its value reaches the server as typing pauses (lazy), unless it already
     * sends every keystroke.
     *
     * @return the field, for chaining
     */
    public static <F extends TextFieldBase<F, String>> F apply(F field, int max) {
        return limit(field, max, COUNT_FROM);
    }

    /** {@link #apply} with the counter always shown ("54 / 10 000"), for long-form text such as comments. */
    public static <F extends TextFieldBase<F, String>> F withCounter(F field, int max) {
        return limit(field, max, 0);
    }

    private static <F extends TextFieldBase<F, String>> F limit(F field, int max, double countFrom) {
        String helper = field.getHelperText();
        field.setManualValidation(true);
        if (field.getValueChangeMode() != ValueChangeMode.EAGER) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        field.addValueChangeListener(e -> show(field, max, helper, countFrom));
        show(field, max, helper, countFrom);
        return field;
    }

    private static <F extends TextFieldBase<F, String>> void show(F field, int max, String helper, double countFrom) {
        String value = field.getValue();
        int length = value == null ? 0 : value.length();
        if (length > max) {
            field.setInvalid(true);
            field.setErrorMessage(String.format("%s characters over the %s-character limit: shorten it to save (nothing was cut)",
                    grouped(length - max), grouped(max)));
            field.setHelperText(null);
        } else {
            field.setInvalid(false);
            field.setErrorMessage(null);
            field.setHelperText(length >= max * countFrom ? grouped(length) + " / " + grouped(max) : helper);
        }
    }

    /** 12 034 with a space between thousands, as the rest of the app writes numbers. */
    static String grouped(int n) {
        return String.format("%,d", n).replace(',', ' ');
    }
}
