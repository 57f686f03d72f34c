package dev.verdict.meeting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.MeetingService;
import dev.verdict.meeting.MeetingStateException;
import dev.verdict.meeting.MeetingStatus;
import dev.verdict.meeting.RoomFeed;
import dev.verdict.meeting.RoomState;
import dev.verdict.review.ReviewRole;
import dev.verdict.shared.LiveFeed;
import dev.verdict.shared.SafeMarkdown;
import dev.verdict.shared.ui.Messages;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.security.access.AccessDeniedException;

/** The live room: the clock, the agenda, and what everyone captures, on every screen at once. */
@Route("reviews/:reviewId")
@PageTitle("Review · Verdict")
@PermitAll
class MeetingView extends VerticalLayout implements BeforeEnterObserver {

    private final MeetingService meetings;
    private final RoomFeed feed;
    private final Clock clock;

    private UUID reviewId;
    private RoomState state;
    private LiveFeed.Subscription subscription;
    private com.vaadin.flow.shared.Registration pollRegistration;

    private final H2 title = new H2();
    private final Span status = new Span();
    private final Span currentItem = new Span();
    private final Span countdown = new Span();
    private final Button start = new Button("Start meeting");
    private final Button next = new Button("Next item");
    private final Button close = new Button("Close with decision",
            e -> UI.getCurrent().navigate("reviews/" + reviewId + "/decision"));
    private final Button publication = new Button("Decision and publication",
            e -> UI.getCurrent().navigate("reviews/" + reviewId + "/publication"));
    private final OrderedList agenda = new OrderedList();
    private final Div section = new Div();
    private int shownSection = -1;
    private final TextField riskText = new TextField();
    private final TextField parkText = new TextField();
    private final Button addRisk = new Button("Add risk");
    private final Button park = new Button("Park it");
    private final UnorderedList risks = new UnorderedList();
    private final UnorderedList parked = new UnorderedList();

    MeetingView(MeetingService meetings, RoomFeed feed, Clock clock) {
        this.meetings = meetings;
        this.feed = feed;
        this.clock = clock;
        addClassName("meeting-room");
        start.addClickListener(e -> act(meetings::start));
        next.addClickListener(e -> act(meetings::next));
        addRisk.addClickListener(e -> capture(riskText, meetings::captureRisk));
        park.addClickListener(e -> capture(parkText, meetings::park));

        status.addClassName("meeting-status");
        currentItem.addClassName("current-item");
        countdown.addClassName("countdown");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);

        var clockPanel = new Div(currentItem, countdown);
        clockPanel.addClassName("clock-panel");
        var controls = new HorizontalLayout(start, next, close, publication);

        riskText.setPlaceholder("A risk someone raised…");
        riskText.setAriaLabel("Risk");
        riskText.setMaxLength(CaptureKind.TEXT_MAX);
        riskText.setWidthFull();
        parkText.setPlaceholder("Out of scope for today…");
        parkText.setAriaLabel("Parking lot item");
        parkText.setMaxLength(CaptureKind.TEXT_MAX);
        parkText.setWidthFull();
        addRisk.addClickShortcut(Key.KEY_R, KeyModifier.ALT);
        park.addClickShortcut(Key.KEY_P, KeyModifier.ALT);
        risks.addClassName("risks");
        parked.addClassName("parking-lot");

        var riskColumn = new VerticalLayout(new H3("Risks"), row(riskText, addRisk), risks);
        var parkColumn = new VerticalLayout(new H3("Parking lot"), row(parkText, park), parked);
        var captures = new HorizontalLayout(riskColumn, parkColumn);
        captures.setWidthFull();
        var agendaColumn = new VerticalLayout(new H3("Agenda"), agenda);
        agendaColumn.setWidth("22em");
        agendaColumn.addClassName("agenda");

        section.addClassName("doc-section");
        section.setWidthFull();
        var middle = new VerticalLayout(section, captures);
        middle.setPadding(false);
        add(new HorizontalLayout(title, status), clockPanel, controls, new HorizontalLayout(agendaColumn, middle));
    }

    private static HorizontalLayout row(TextField field, Button button) {
        var row = new HorizontalLayout(field, button);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            reviewId = UUID.fromString(event.getRouteParameters().get("reviewId").orElseThrow());
            refresh();
        } catch (IllegalArgumentException | AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such review, or it is not yours");
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = feed.subscribe(reviewId, () -> ui.access(this::refresh));
        ui.setPollInterval(1000);
        pollRegistration = ui.addPollListener(e -> showClock());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
        }
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    private void act(java.util.function.Consumer<UUID> action) {
        try {
            action.accept(reviewId);
        } catch (MeetingStateException | AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
        refresh();
    }

    private void capture(TextField field, BiConsumer<UUID, String> action) {
        try {
            action.accept(reviewId, field.getValue());
            field.clear();
            field.focus();
        } catch (MeetingStateException | AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        state = meetings.room(reviewId);
        title.setText(state.title());
        boolean moderator = state.myRole() == ReviewRole.MODERATOR;
        boolean participant = state.myRole().participates();
        status.setText(switch (state.status()) {
            case NOT_STARTED -> "Not started";
            case RUNNING -> "In progress";
            case ENDED -> "Closed";
        });
        start.setVisible(moderator && state.status() == MeetingStatus.NOT_STARTED);
        next.setVisible(moderator && state.status() == MeetingStatus.RUNNING);
        next.setEnabled(!state.isLastItem());
        close.setVisible(moderator && state.status() != MeetingStatus.ENDED);
        publication.setVisible(state.status() == MeetingStatus.ENDED);
        boolean open = participant && state.status() != MeetingStatus.ENDED;
        riskText.setVisible(open);
        addRisk.setVisible(open);
        parkText.setVisible(open);
        park.setVisible(open);

        agenda.removeAll();
        for (RoomState.Item item : state.agenda()) {
            var li = new ListItem(item.title() + " · " + item.plannedMinutes() + " min");
            if (state.status() == MeetingStatus.RUNNING && item.position() == state.currentItem()) {
                li.addClassName("current");
            }
            agenda.add(li);
        }
        showSection(state.status() == MeetingStatus.ENDED ? -1 : state.currentItem());
        fill(risks, state.risks());
        fill(parked, state.parked());
        showClock();
    }

    /** The current item's part of the doc, rendered safely; re-rendered only when the item changes. */
    private void showSection(int position) {
        if (position == shownSection) {
            return;
        }
        shownSection = position;
        section.removeAll();
        if (position >= 0) {
            section.add(new Html(SafeMarkdown.toHtml(state.agenda().get(position).sectionMarkdown())));
        }
    }

    private static void fill(UnorderedList list, List<RoomState.Captured> items) {
        list.removeAll();
        for (RoomState.Captured c : items) {
            var li = new ListItem();
            var text = new Span(c.text());
            var by = new Span(" — " + c.by().displayName());
            by.addClassName("captured-by");
            li.add(text, by);
            list.add(li);
        }
    }

    /** Recomputes the countdown from the persisted clock facts; no round trip to the database. */
    private void showClock() {
        if (state == null) {
            return;
        }
        switch (state.status()) {
            case NOT_STARTED -> {
                currentItem.setText("Waiting for the moderator to start");
                countdown.setText(format(state.agenda().getFirst().plannedMinutes() * 60L));
            }
            case RUNNING -> {
                currentItem.setText("Now: " + state.current().title());
                long left = state.secondsLeftAt(clock.instant());
                countdown.setText(left >= 0 ? format(left) : "Time's up +" + format(-left));
                countdown.getElement().getClassList().set("overrun", left < 0);
            }
            case ENDED -> {
                currentItem.setText("The meeting is closed");
                countdown.setText("");
            }
        }
    }

    static String format(long seconds) {
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
