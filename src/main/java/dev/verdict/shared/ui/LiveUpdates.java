package dev.verdict.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dev.verdict.shared.LiveFeed;
import java.util.function.Function;

/**
 * Keeps a view current: while it is attached, each change its feed reports refreshes it through
 * push. Attaching subscribes first and then refreshes, so nothing that happened in between is
 * lost; a view reused for another review (same route, other parameters) follows it. When a
 * refresh is refused (the person was removed from the review), the view stops listening and says
 * so instead of showing what it showed ({@link #refused}).
 */
public final class LiveUpdates {

    /** Screens attached and following a review on this node (the {@code verdict.screens.open} gauge). */
    private static final java.util.concurrent.atomic.AtomicInteger OPEN = new java.util.concurrent.atomic.AtomicInteger();

    /** How many live screens (rooms, pre-reads, publication pages, room displays) are open on this node now. */
    public static int openScreens() {
        return OPEN.get();
    }

    private final Function<Runnable, LiveFeed.Subscription> subscribe;
    private final Runnable refresh;
    private Component view;
    private UI ui;
    private LiveFeed.Subscription subscription;

    private LiveUpdates(Function<Runnable, LiveFeed.Subscription> subscribe, Runnable refresh) {
        this.subscribe = subscribe;
        this.refresh = refresh;
    }

    /**
     * @param subscribe subscribes a listener to the feed of the view's current review
     * @param refresh   re-reads and redraws the view; runs inside the view's UI lock
     */
    public static LiveUpdates refreshWhileAttached(Component view, Function<Runnable, LiveFeed.Subscription> subscribe,
                                                   Runnable refresh) {
        var live = new LiveUpdates(subscribe, refresh);
        live.view = view;
        view.addAttachListener(event -> {
            if (live.ui == null) {
                OPEN.incrementAndGet();
            }
            live.ui = event.getUI();
            live.resubscribe();
            refresh.run();
        });
        view.addDetachListener(event -> {
            if (live.ui != null) {
                OPEN.decrementAndGet();
            }
            live.cancel();
            live.ui = null;
        });
        return live;
    }

    /** The view now shows another review: listen to that one (no-op until the view is attached). */
    public void follow() {
        if (ui != null) {
            resubscribe();
        }
    }

    private void resubscribe() {
        cancel();
        UI current = ui;
        var own = new LiveFeed.Subscription[1];
        own[0] = subscribe.apply(() -> {
            try {
                // Runs inline when the screen is free, on the thread that made the change: a
                // publisher acting as the system must not lend the screen its rights (or its
                // observer's view: the moderator's Retry now vanished at the next update).
                current.access(() -> {
                    try {
                        dev.verdict.shared.SystemActor.suspended(refresh);
                    } catch (org.springframework.security.access.AccessDeniedException e) {
                        refused();
                    }
                });
            } catch (com.vaadin.flow.component.UIDetachedException closedMeanwhile) {
                // The screen closed while the change was on its way: nothing to show it on, and
                // nothing more will be.
                if (own[0] != null) {
                    own[0].cancel();
                }
            }
        });
        subscription = own[0];
    }

    /**
     * The person may no longer see what the view shows (removed from the review): it stops
     * listening, and everything it showed gives way to a notice with a way back to their reviews.
     */
    public void refused() {
        cancel();
        if (view == null || view.getElement().getClassList().contains(REFUSED)) {
            return;
        }
        view.getElement().removeAllChildren();
        view.getElement().getClassList().add(REFUSED);
        var heading = new com.vaadin.flow.component.html.H2("You are no longer in this review");
        var why = new com.vaadin.flow.component.html.Paragraph(
                "A moderator removed you from it, so nothing more of it is shown here.");
        var back = new com.vaadin.flow.component.html.Anchor("", "Back to My reviews");
        back.getElement().setAttribute("router-link", true);
        var notice = new com.vaadin.flow.component.html.Div(heading, why, back);
        notice.addClassName("no-longer-member");
        notice.getElement().setAttribute("role", "alert");
        view.getElement().appendChild(notice.getElement());
    }

    /** The class a refused view carries (tests and CSS find it by it). */
    public static final String REFUSED = "refused";

    private void cancel() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }
}
