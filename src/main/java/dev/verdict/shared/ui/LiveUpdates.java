package dev.verdict.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dev.verdict.shared.LiveFeed;
import java.util.function.Function;

/**
 * Keeps a view current: while it is attached, each change its feed reports refreshes it through
 * push; attaching subscribes first and then refreshes, so nothing that happened in between is lost.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    /**
     * @param subscribe subscribes a listener to the view's feed (called on attach, when the route is known)
     * @param refresh   re-reads and redraws the view; runs inside the view's UI lock
     */
    public static void refreshWhileAttached(Component view, Function<Runnable, LiveFeed.Subscription> subscribe,
                                            Runnable refresh) {
        LiveFeed.Subscription[] subscription = new LiveFeed.Subscription[1];
        view.addAttachListener(event -> {
            UI ui = event.getUI();
            subscription[0] = subscribe.apply(() -> ui.access(refresh::run));
            // Subscribe, then read: a change that committed before the subscription is not missed.
            refresh.run();
        });
        view.addDetachListener(event -> {
            if (subscription[0] != null) {
                subscription[0].cancel();
                subscription[0] = null;
            }
        });
    }
}
