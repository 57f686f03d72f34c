package dev.verdict.meeting.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.verdict.meeting.MeetingService;
import dev.verdict.meeting.MeetingStatus;
import dev.verdict.meeting.RoomState;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The moderator's controls: the clock (with Alt shortcuts), closing, the room display, and the
 * offer to call it or park it once an item overran its grace period. Built only on the
 * moderator's screen: the other screens of a room neither show nor hold them.
 */
class ModeratorControls {

    /** The clock's shortcuts in the order of its buttons, filled as they are built. */
    private final List<ShortcutsHelp.Shortcut> shortcuts = new java.util.ArrayList<>();
    final Button start = control("Start meeting", Key.KEY_S);
    final Button pause = control("Pause", Key.KEY_K);
    final Button resume = control("Resume", Key.KEY_K);
    final Button plusOne = control("+1 min", Key.DIGIT_1);
    final Button plusFive = control("+5 min", Key.DIGIT_5);
    final Button back = control("Back", Key.KEY_B);
    final Button next = control("Next item", Key.KEY_N);
    final Button skip = control("Skip", Key.KEY_J);
    final Button end = control("End meeting", Key.KEY_E);
    final Button close = new Button("Close with decision");
    final Button display = new Button("Room display");
    final Button editAgenda = new Button("Edit agenda");
    final Button handOver = new Button("Hand over moderation");
    final Div overrunOffer = new Div();
    /** The clock version the browser drew on the clicked button, read with the click. */
    static final String SEEN_VERSION = "element.getAttribute('data-clock-version')";
    private final Supplier<RoomState> state;
    private final List<Button> clockButtons = new java.util.ArrayList<>();
    /** The version the browser showed at the click being handled; -1 when it sent none. */
    private long clickedAt = -1;
    private final Consumer<Runnable> drive;

    /**
     * @param state the state the screen shows now (the version clock commands carry)
     * @param drive runs a command and shows its refusal, if any, then refreshes the screen
     */
    ModeratorControls(MeetingService meetings, UUID reviewId, Supplier<RoomState> state, Consumer<Runnable> drive,
                      Consumer<String> navigate, Runnable openDisplay, Runnable openHandOver) {
        this.state = state;
        this.drive = drive;
        onClick(start, version -> startOrConfirm(meetings, reviewId, version));
        onClick(pause, version -> meetings.pause(reviewId, version));
        onClick(resume, version -> meetings.resume(reviewId, version));
        onClick(plusOne, version -> meetings.extend(reviewId, version, 1));
        onClick(plusFive, version -> meetings.extend(reviewId, version, 5));
        onClick(back, version -> meetings.back(reviewId, version));
        onClick(next, version -> meetings.next(reviewId, version));
        onClick(skip, version -> meetings.skip(reviewId, version));
        onClick(end, version -> meetings.end(reviewId, version));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClickListener(e -> navigate.accept("reviews/" + reviewId + "/decision"));
        editAgenda.addClickListener(e -> navigate.accept("reviews/" + reviewId + "/agenda"));
        display.addClickListener(e -> openDisplay.run());
        handOver.addClickListener(e -> openHandOver.run());

        var callIt = new Button("Call it and move on");
        var parkIt = new Button("Park it");
        onClick(callIt, version -> meetings.next(reviewId, version));
        onClick(parkIt, version -> meetings.parkCurrentAndMoveOn(reviewId, version));
        callIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        overrunOffer.add(new Span("Past the grace period: "), callIt, parkIt);
        overrunOffer.addClassName("overrun-offer");
        overrunOffer.setVisible(false);
    }

    /**
     * A clock command, sent with the clock version the browser showed when it was clicked (a
     * stale screen is refused). The server's copy of the screen may already hold a newer state
     * pushed by another tab's command that the browser had not drawn yet; taking that version
     * would apply the click to an item the moderator never saw (two tabs' Next moved by two).
     * A click from a keyboard shortcut carries no browser data and uses the server's copy.
     */
    private void onClick(Button button, java.util.function.LongConsumer command) {
        clockButtons.add(button);
        // Registered before the click listener: the same browser click reaches this one first.
        button.getElement().addEventListener("click", e -> {
            var seen = e.getEventData().get(SEEN_VERSION);
            clickedAt = seen == null || seen.isNull() || !seen.asString().matches("\\d+") ? -1 : Long.parseLong(seen.asString());
        }).addEventData(SEEN_VERSION);
        button.addClickListener(e -> {
            long version = clickedAt >= 0 ? clickedAt : state.get().clockVersion();
            clickedAt = -1;
            drive.accept(() -> command.accept(version));
        });
    }

    /** Starts at once when the agenda fits its timebox; otherwise asks the moderator to confirm the overrun first. */
    private void startOrConfirm(MeetingService meetings, UUID reviewId, long version) {
        int overrun = meetings.agendaOverrun(reviewId);
        if (overrun == 0) {
            meetings.start(reviewId, version);
            return;
        }
        var confirm = new ConfirmDialog("Start over the timebox?",
                "The agenda is planned " + overrun + " min over the timebox. Start anyway? The summary will record the overrun.",
                "Start " + overrun + " min over", e -> drive.accept(() -> meetings.start(reviewId, version, overrun)));
        confirm.setCancelable(true);
        confirm.setCancelText("Not yet");
        confirm.open();
    }

    /** The buttons of the controls row, in order. */
    List<Button> buttons() {
        return List.of(start, editAgenda, pause, resume, plusOne, plusFive, back, next, skip, end, close, display, handOver);
    }

    void show(RoomState state, java.time.Instant now) {
        MeetingStatus s = state.status();
        start.setVisible(s == MeetingStatus.NOT_STARTED);
        editAgenda.setVisible(s == MeetingStatus.NOT_STARTED);
        pause.setVisible(s == MeetingStatus.RUNNING);
        resume.setVisible(s == MeetingStatus.PAUSED);
        for (Button b : List.of(plusOne, plusFive, back, next, skip, end)) {
            b.setVisible(s.clockRuns());
        }
        back.setEnabled(!state.isFirstItem());
        next.setEnabled(!state.isLastItem());
        skip.setEnabled(!state.isLastItem());
        close.setVisible(s != MeetingStatus.CLOSED);
        handOver.setVisible(s != MeetingStatus.CLOSED);
        String version = Long.toString(state.clockVersion());
        clockButtons.forEach(b -> b.getElement().setAttribute("data-clock-version", version));
        showOverrunOffer(state, now);
    }

    void showOverrunOffer(RoomState state, java.time.Instant now) {
        overrunOffer.setVisible(state.graceOverAt(now));
    }

    /** The clock's shortcuts for the help dialog; one line per key (Alt+K pauses or resumes). */
    List<ShortcutsHelp.Shortcut> shortcuts() {
        var byKeys = new java.util.LinkedHashMap<String, String>();
        shortcuts.forEach(s -> byKeys.merge(s.keys(), s.does(), (a, b) -> a + " or " + b.toLowerCase()));
        return byKeys.entrySet().stream().map(e -> new ShortcutsHelp.Shortcut(e.getKey(), e.getValue())).toList();
    }

    private Button control(String text, Key key) {
        var button = new Button(text);
        button.addClickShortcut(key, KeyModifier.ALT);
        String keys = "Alt+" + MeetingView.keyName(key);
        button.getElement().setAttribute("title", text + " (" + keys + ")");
        shortcuts.add(new ShortcutsHelp.Shortcut(keys, text));
        return button;
    }
}
