package dev.verdict.preread.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import dev.verdict.preread.NotificationService;
import dev.verdict.shared.ui.HeaderContribution;
import dev.verdict.shared.ui.Texts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The bell in the top bar: how many notifications are new and, when clicked, the latest ones to
 * open. The list is built when the bell is clicked, not on every page: the bell sits on every
 * open screen, and twenty menu entries held per screen cost the server more than the room itself.
 */
@Component
class NotificationBell implements HeaderContribution {

    private final NotificationService notifications;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new Bell(notifications);
    }

    /** "1 Dec 2026, 09:15". */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.systemDefault());

    static final class Bell extends Span {

        private final NotificationService notifications;
        private final Span count = new Span();
        private final Button bell = new Button(VaadinIcon.BELL.create());
        private Popover popover;
        private com.vaadin.flow.shared.Registration navigation;

        Bell(NotificationService notifications) {
            this.notifications = notifications;
            addClassName("bell");
            count.addClassName("bell-count");
            bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bell.setAriaLabel("Notifications");
            bell.addClassName("notification-bell");
            bell.addClickListener(e -> open());
            add(bell, count);
            // Counted on attach, and again on every page change: the layout outlives navigation.
            addAttachListener(e -> {
                showCount();
                navigation = e.getUI().addAfterNavigationListener(nav -> showCount());
            });
            addDetachListener(e -> navigation.remove());
        }

        private void showCount() {
            long unseen = notifications.unseen();
            Texts.set(count, unseen == 0 ? "" : String.valueOf(unseen));
            count.setVisible(unseen > 0);
        }

        /** The latest notifications, read when asked for; what was shown is marked seen. */
        private void open() {
            if (popover != null && popover.isOpened()) {
                // A second click on the bell closes the list.
                popover.close();
                return;
            }
            if (popover == null) {
                popover = new Popover();
                popover.setTarget(bell);
                popover.setOpenOnClick(false);
                popover.setPosition(PopoverPosition.BOTTOM_END);
                popover.setAriaLabel("Notifications");
                popover.addClassName("notifications");
                // A phone's width, less a margin, at most: the entries wrap inside it instead of scrolling sideways.
                popover.setWidth("min(30em, calc(100vw - 2em))");
                // Closed, it holds nothing: the entries go until the bell is clicked again.
                popover.addOpenedChangeListener(e -> {
                    if (!e.isOpened()) {
                        popover.removeAll();
                    }
                });
            }
            popover.removeAll();
            var latest = notifications.latest();
            var list = new Div();
            list.addClassName("notification-list");
            if (latest.isEmpty()) {
                list.add(new Span("No notifications yet"));
            }
            for (var n : latest) {
                // The whole message, wrapped, over when it came: same-titled reviews stay apart.
                var message = new Span(n.message());
                message.addClassName("notification-message");
                var when = new Span(WHEN.format(n.createdAt()));
                when.addClassName("notification-when");
                var entry = new Button();
                entry.getElement().appendChild(message.getElement(), when.getElement());
                entry.addClickListener(e -> {
                    popover.close();
                    UI.getCurrent().navigate(n.link());
                });
                entry.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                entry.addClassName("notification");
                entry.setClassName("unseen", !n.seen());
                list.add(entry);
            }
            popover.add(new H4("Notifications"), list);
            notifications.markSeen(List.copyOf(latest.stream().map(NotificationService.Item::id).toList()));
            count.setVisible(false);
            popover.open();
        }
    }
}
