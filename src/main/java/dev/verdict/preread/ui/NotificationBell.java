package dev.verdict.preread.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.verdict.preread.NotificationService;
import dev.verdict.shared.ui.HeaderContribution;
import java.util.List;
import org.springframework.stereotype.Component;

/** The bell in the top bar: how many notifications are new, and the latest ones to open. */
@Component
class NotificationBell implements HeaderContribution {

    private final NotificationService notifications;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        var count = new Span();
        count.addClassName("bell-count");
        var bell = new Button(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setAriaLabel("Notifications");
        bell.addClassName("notification-bell");
        var menu = new ContextMenu(bell);
        menu.setOpenOnClick(true);
        var shown = new java.util.ArrayList<java.util.UUID>();
        Runnable refresh = () -> {
            long unseen = notifications.unseen();
            count.setText(unseen == 0 ? "" : String.valueOf(unseen));
            count.setVisible(unseen > 0);
            menu.removeAll();
            var latest = notifications.latest();
            shown.clear();
            latest.forEach(n -> shown.add(n.id()));
            if (latest.isEmpty()) {
                menu.addItem("No notifications yet").setEnabled(false);
            }
            latest.forEach(n -> menu.addItem(n.message(), e -> UI.getCurrent().navigate(n.link())));
        };
        menu.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                notifications.markSeen(List.copyOf(shown));
                count.setVisible(false);
            }
        });
        // Counted on attach, and again on every page change: the layout outlives navigation.
        var wrapper = new Span(bell, count);
        wrapper.addClassName("bell");
        wrapper.addAttachListener(e -> {
            refresh.run();
            var registration = e.getUI().addAfterNavigationListener(nav -> refresh.run());
            wrapper.addDetachListener(d -> registration.remove());
        });
        return wrapper;
    }
}
