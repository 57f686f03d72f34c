package dev.verdict.meeting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import dev.verdict.meeting.DisplayState;
import dev.verdict.meeting.MeetingStatus;
import dev.verdict.meeting.RoomDisplayService;
import dev.verdict.meeting.RoomFeed;
import dev.verdict.shared.LiveFeed;
import dev.verdict.shared.ui.Texts;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** A read-only big-clock page for a TV in the meeting room, opened by a revocable link. */
@Route(value = "display/:token", autoLayout = false)
@PageTitle("Room display · Verdict")
@AnonymousAllowed
class RoomDisplayView extends VerticalLayout implements BeforeEnterObserver {

    private final RoomDisplayService displays;
    private final RoomFeed feed;
    private final Clock clock;

    private String token;
    private DisplayState state;
    private LiveFeed.Subscription subscription;
    private Registration poll;

    private final H1 title = new H1();
    private final Span currentItem = new Span();
    private final Countdown countdown = new Countdown();
    private final UnorderedList latest = new UnorderedList();
    private final Span gone = new Span("This display link is not valid (it may have been revoked).");

    RoomDisplayView(RoomDisplayService displays, RoomFeed feed, Clock clock) {
        this.displays = displays;
        this.feed = feed;
        this.clock = clock;
        addClassName("room-display");
        setSizeFull();
        currentItem.addClassName("current-item");
        latest.addClassName("latest");
        gone.addClassName("display-gone");
        gone.setVisible(false);
        add(title, new Div(currentItem), new Div(countdown, countdown.announcer()), latest, gone);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        countdown.resend();
        Optional<UUID> review = displays.reviewOf(token);
        review.ifPresent(id -> subscription = feed.subscribe(id, () -> ui.access(this::refresh)));
        // Re-read now and then: a revoked link must go blank even if nothing else happens.
        ui.setPollInterval(MeetingView.POLL_MILLIS);
        poll = ui.addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
        }
        if (poll != null) {
            poll.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    private void refresh() {
        try {
            state = displays.show(token).orElse(null);
        } catch (RuntimeException e) {
            // A display shows the room or nothing; it never shows an error page on a TV.
            state = null;
        }
        boolean valid = state != null;
        gone.setVisible(!valid);
        title.setVisible(valid);
        currentItem.setVisible(valid);
        countdown.setVisible(valid);
        latest.setVisible(valid);
        if (!valid) {
            return;
        }
        Texts.set(title, state.title());
        latest.removeAll();
        state.latest().forEach(line -> latest.add(new ListItem(line)));
        showClock();
    }

    private void showClock() {
        if (state == null) {
            return;
        }
        Texts.set(currentItem, state.currentItem());
        if (state.status().clockRuns()) {
            var now = clock.instant();
            countdown.show(state.secondsLeftAt(now), state.status() == MeetingStatus.RUNNING, now.getEpochSecond());
        } else {
            countdown.clear();
        }
    }
}
