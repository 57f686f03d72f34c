package dev.verdict.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Collection;
import java.util.List;

/** Shows problems to the user: every one at once, as text, never as markup. */
public class Messages extends Div {

    public Messages() {
        addClassName("form-errors");
        setVisible(false);
    }

    public void show(Collection<String> problems) {
        removeAll();
        var list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(p)));
        add(list);
        setVisible(!problems.isEmpty());
    }

    public void clear() {
        show(List.of());
    }

    /** The messages of every violated constraint, in a stable order. */
    public static List<String> of(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted().toList();
    }

    public static void info(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Done, with something the user should know: stays until they close it or it times out after 8 s. */
    public static void warning(String message) {
        Notification.show(message, 8000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    public static void error(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
