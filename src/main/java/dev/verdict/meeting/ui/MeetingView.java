package dev.verdict.meeting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dev.verdict.shared.ui.TextLimit;
import dev.verdict.identity.Person;
import dev.verdict.meeting.CaptureDetails;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.InvalidCaptureException;
import dev.verdict.meeting.MeetingService;
import dev.verdict.meeting.MeetingStateException;
import dev.verdict.meeting.MeetingStatus;
import dev.verdict.meeting.RoomDisplayService;
import dev.verdict.meeting.RoomFeed;
import dev.verdict.meeting.RoomState;
import dev.verdict.review.InvalidReviewException;
import dev.verdict.review.NotReadyException;
import dev.verdict.shared.ui.LiveUpdates;
import dev.verdict.shared.ui.Messages;
import dev.verdict.shared.ui.RenderedMarkdown;
import dev.verdict.shared.ui.RouteIds;
import dev.verdict.shared.ui.Texts;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * The live room: the clock, the agenda, the current item's part of the doc, and everything
 * captured, on every screen at once. Only the moderator sees the clock controls.
 */
@Route("reviews/:reviewId")
@PageTitle("Review · Verdict")
@PermitAll
class MeetingView extends VerticalLayout implements BeforeEnterObserver {

    /** The presence heartbeat; the countdown itself ticks in the browser. */
    static final int POLL_MILLIS = 10_000;

    private final MeetingService meetings;
    private final RoomDisplayService displays;
    private final Clock clock;

    private UUID reviewId;
    private RoomState state;
    /** Subscribed while attached, then reads: no change between the first read and the subscription is lost. */
    private final LiveUpdates live;
    private Registration pollRegistration;
    private final String screenId = UUID.randomUUID().toString();

    private final H2 title = new H2();
    private final Span status = new Span();
    private final AvatarGroup present = new AvatarGroup();
    private final Span currentItem = new Span();
    private final Countdown countdown = new Countdown();
    private final Span overtime = new Span();

    /** Built on the moderator's screen only. */
    private ModeratorControls moderator;
    private final HorizontalLayout controls = new HorizontalLayout();
    private final Div moderatorSlot = new Div();
    /** Built once the meeting is closed: until then it leads nowhere. */
    private Button publication;
    /** A link, not a button: it only navigates, and a link costs each open screen less. */
    private final com.vaadin.flow.component.html.Anchor preRead = new com.vaadin.flow.component.html.Anchor();
    private final Div sectionComments = new Div();
    /** Built when a readiness check is first shown (before the start only). */
    private final Div readinessPanel = new Div();
    private com.vaadin.flow.component.html.UnorderedList readinessFindings;
    private TextField overrideReason;
    private Button overrideButton;
    private Span overrideNote;

    private final OrderedList agenda = new OrderedList();
    private final Div section = new Div();
    private String shownSection = "";
    private Object shownAgenda;
    private List<Person> shownPresent;
    private Object shownReadiness;
    private String shownOverride;

    /** The capture bar, built when the screen's owner may first capture: observers never hold it. */
    private final Div captureSlot = new Div();
    private CaptureBar captureBar;

    private final RiskMatrix matrix = new RiskMatrix();
    private final CaptureList risks = new CaptureList("risks", this::edit);
    private final CaptureList parked = new CaptureList("parking-lot", this::edit);
    private final CaptureList questions = new CaptureList("questions", this::edit);
    private final CaptureList actions = new CaptureList("actions", this::edit);
    private final CaptureList notes = new CaptureList("notes", this::edit);

    MeetingView(MeetingService meetings, RoomDisplayService displays, RoomFeed feed, Clock clock) {
        this.meetings = meetings;
        this.displays = displays;
        this.live = LiveUpdates.refreshWhileAttached(this, listener -> feed.subscribe(reviewId, listener), this::refresh);
        this.clock = clock;
        addClassName("meeting-room");

        preRead.setText("Pre-read");
        preRead.addClassName("pre-read-link");
        // Followed by Vaadin's router in the page, without a reload.
        preRead.getElement().setAttribute("router-link", true);
        sectionComments.addClassName("section-comments");
        readinessPanel.addClassName("readiness");
        readinessPanel.setVisible(false);

        status.addClassName("meeting-status");
        present.addClassName("present");
        present.setMaxItemsVisible(8);
        currentItem.addClassName("current-item");
        overtime.addClassName("overtime");
        var clockPanel = new Div(currentItem, countdown, overtime);
        clockPanel.addClassName("clock-panel");
        controls.add(preRead);
        controls.addClassName("controls");
        controls.setWrap(true);

        agenda.addClassName("agenda-items");
        var agendaColumn = new VerticalLayout(new H3("Agenda"), agenda);
        agendaColumn.setWidth("22em");
        agendaColumn.addClassName("agenda");
        section.addClassName("doc-section");
        section.setWidthFull();

        var riskColumn = new VerticalLayout(new H3("Risks"), matrix, risks);
        var otherColumn = new VerticalLayout(new H3("Parking lot"), parked, new H3("Open questions"), questions,
                new H3("Action items"), actions, new H3("Decision notes"), notes);
        var lists = new HorizontalLayout(riskColumn, otherColumn);
        lists.setWidthFull();
        var middle = new VerticalLayout(section, sectionComments, captureSlot, lists);
        middle.setPadding(false);
        var header = new HorizontalLayout(title, status, present);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, clockPanel, controls, moderatorSlot, readinessPanel, new HorizontalLayout(agendaColumn, middle));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.openReview(event, id -> {
            UUID previous = reviewId;
            reviewId = id;
            preRead.setHref("reviews/" + id + "/read");
            if (previous != null && !previous.equals(id)) {
                // The same view shows another review (same route, other id): what was built for the
                // last one's role goes, presence and the feed follow the new one.
                dropModeratorControls();
                dropCaptureBar();
                if (isAttached()) {
                    meetings.away(previous, screenId);
                    meetings.present(reviewId, screenId);
                }
                live.follow();
            }
            refresh();
        });
    }

    private void dropCaptureBar() {
        captureSlot.removeAll();
        captureBar = null;
    }

    private void dropModeratorControls() {
        if (moderator != null) {
            moderator.buttons().forEach(controls::remove);
            moderatorSlot.removeAll();
            moderator = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        countdown.resend();
        meetings.present(reviewId, screenId);
        ui.setPollInterval(POLL_MILLIS);
        pollRegistration = ui.addPollListener(e -> {
            meetings.present(reviewId, screenId);
            // From the state read last: the overrun offer appears on time, a browser that slept
            // gets its countdown again (at most once a minute), no database read.
            showClock();
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        event.getUI().setPollInterval(-1);
        meetings.away(reviewId, screenId);
    }

    private void drive(Runnable command) {
        try {
            command.run();
        } catch (MeetingStateException | AccessDeniedException | NotReadyException | InvalidReviewException e) {
            Messages.error(e.getMessage());
        }
        refresh();
    }

    /** Runs a capture action; shows every problem as a message and says whether it went through. */
    private static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidCaptureException e) {
            Messages.error(String.join(". ", e.problems()));
        } catch (ConstraintViolationException e) {
            Messages.error(String.join(". ", Messages.of(e)));
        } catch (MeetingStateException | AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
        return false;
    }

    /** The editor of one captured item: its text, saved or the item removed; author or moderator only. */
    private void edit(RoomState.Captured item) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Edit " + item.kind().label().toLowerCase());
        var text = new TextField("Text");
        text.setValue(item.text());
        TextLimit.apply(text, CaptureKind.TEXT_MAX);
        text.setWidthFull();
        var save = new Button("Save", e -> {
            if (attempt(() -> meetings.edit(reviewId, item.id(), item.version(), new CaptureDetails(text.getValue(),
                    item.likelihood(), item.impact(), username(item.owner()), item.mitigation(), item.dueDate())))) {
                dialog.close();
            }
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var remove = new Button("Remove", e -> {
            dialog.close();
            remove(item);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        String meta = CaptureList.meta(item);
        dialog.add(text);
        if (!meta.isEmpty()) {
            dialog.add(new com.vaadin.flow.component.html.Paragraph(meta));
        }
        dialog.getFooter().add(remove, new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    /** The moderator's room display link: shown, copied to a TV, revoked when done. */
    private void openDisplayDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Room display");
        var link = new com.vaadin.flow.component.html.Anchor();
        link.addClassName("display-link");
        link.setTarget("_blank");
        Runnable showLink = () -> {
            String token = displays.active(reviewId).orElse(null);
            link.setText(token == null ? "No active link" : "Open the room display");
            if (token == null) {
                link.removeHref();
            } else {
                link.setHref("display/" + token);
            }
        };
        var create = new Button("Create link", e -> {
            displays.open(reviewId);
            showLink.run();
        });
        var revoke = new Button("Revoke link", e -> {
            displays.revoke(reviewId);
            showLink.run();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        showLink.run();
        dialog.add(new com.vaadin.flow.component.html.Paragraph(
                "A read-only big clock for a TV in the room. Anyone with the link sees it until you revoke it."), link);
        dialog.getFooter().add(create, revoke, new Button("Done", e -> dialog.close()));
        dialog.open();
    }

    private void remove(RoomState.Captured item) {
        drive(() -> meetings.remove(reviewId, item.id()));
    }

    private void refresh() {
        state = meetings.liveRoom(reviewId);
        Texts.set(title, state.title());
        Texts.set(status, state.status().label());
        if (!state.present().equals(shownPresent)) {
            shownPresent = state.present();
            present.setItems(state.present().stream().map(p -> new AvatarGroup.AvatarGroupItem(p.displayName())).toList());
            present.getElement().setAttribute("title", "Here now: " + String.join(", ",
                    state.present().stream().map(Person::displayName).toList()));
        }

        MeetingStatus s = state.status();
        if (state.moderating()) {
            if (moderator == null) {
                moderator = new ModeratorControls(meetings, reviewId, () -> state, this::drive,
                        route -> UI.getCurrent().navigate(route), this::openDisplayDialog);
                var buttons = moderator.buttons();
                for (int i = 0; i < buttons.size(); i++) {
                    controls.addComponentAtIndex(i, buttons.get(i));
                }
                moderatorSlot.add(moderator.overrunOffer);
            }
            moderator.show(state, clock.instant());
        }
        if (s == MeetingStatus.CLOSED && publication == null) {
            publication = new Button("Decision and publication", e -> UI.getCurrent().navigate("reviews/" + reviewId + "/publication"));
            controls.add(publication);
        }
        if (publication != null) {
            publication.setVisible(s == MeetingStatus.CLOSED);
        }
        if (state.canCapture() && captureBar == null) {
            captureBar = new CaptureBar(() -> meetings.owners(reviewId), clock, (kind, details) -> {
                boolean done = attempt(() -> meetings.capture(reviewId, kind, details));
                refresh();
                return done;
            });
            captureSlot.add(captureBar);
        }
        if (!state.canCapture()) {
            // The meeting closed (or this is an observer): no bar, no Alt shortcuts.
            dropCaptureBar();
        }

        showReadiness();
        showAgenda(s);
        showSection(s == MeetingStatus.CLOSED || s == MeetingStatus.ENDED ? -1 : state.currentItem());
        matrix.show(state.risks());
        risks.show(state.risks());
        parked.show(state.parked());
        questions.show(state.of(CaptureKind.QUESTION));
        actions.show(state.of(CaptureKind.ACTION));
        notes.show(state.of(CaptureKind.NOTE));
        showClock();
    }

    private void buildReadinessPanel() {
        if (readinessFindings != null) {
            return;
        }
        readinessFindings = new com.vaadin.flow.component.html.UnorderedList();
        readinessFindings.addClassName("readiness-findings");
        overrideReason = new TextField("Reason to start anyway");
        TextLimit.apply(overrideReason, 2000);
        overrideReason.setWidth("28em");
        overrideButton = new Button("Override and allow start", e -> drive(() -> {
            meetings.overrideReadiness(reviewId, overrideReason.getValue());
            overrideReason.clear();
        }));
        overrideNote = new Span();
        overrideNote.addClassName("readiness-override");
        readinessPanel.add(new H3("Readiness of the doc"), readinessFindings, overrideNote,
                row(overrideReason, overrideButton));
    }

    /** Before the start: the doc against the gold-standard sections; blockers need an override. */
    private void showReadiness() {
        var readiness = state.readiness();
        readinessPanel.setVisible(readiness != null);
        // Rebuilt only when the findings or the override changed, not on every capture.
        if (readiness == null || (readiness.equals(shownReadiness) && java.util.Objects.equals(state.readinessOverride(), shownOverride))) {
            return;
        }
        shownReadiness = readiness;
        shownOverride = state.readinessOverride();
        buildReadinessPanel();
        readinessFindings.removeAll();
        for (var finding : readiness.findings()) {
            var line = new ListItem(finding.kind().label() + ": " + finding.status().name().toLowerCase()
                    + (finding.note().isEmpty() ? "" : " — " + finding.note()));
            line.addClassName("readiness-" + finding.status().name().toLowerCase());
            readinessFindings.add(line);
        }
        boolean overridden = state.readinessOverride() != null;
        overrideNote.setText(overridden ? "Start allowed despite: " + String.join("; ", readiness.blockers())
                + ". Reason: " + state.readinessOverride() : "");
        boolean offer = state.moderating() && readiness.blocksStart() && !overridden;
        overrideReason.setVisible(offer);
        overrideButton.setVisible(offer);
    }

    /** Rebuilds the agenda only when what it shows changed (not on every capture). */
    private void showAgenda(MeetingStatus s) {
        // The running item's used time changes every second; it is not a reason to rebuild.
        var key = java.util.List.of(s, state.currentItem(), state.agenda().stream()
                .map(i -> i.title() + "|" + i.allottedSeconds() + "|" + i.skipped() + "|"
                        + (i.position() == state.currentItem() ? "" : i.usedSeconds()))
                .toList());
        if (key.equals(shownAgenda)) {
            return;
        }
        shownAgenda = key;
        agenda.removeAll();
        for (RoomState.Item item : state.agenda()) {
            // The planned and used time travel as an attribute the stylesheet shows below the
            // title: two nodes per item on every open screen instead of five.
            var li = new ListItem(item.title());
            li.getElement().setAttribute("data-time", plannedVsActual(item));
            li.getElement().getClassList().set("current", s.clockRuns() && item.position() == state.currentItem());
            li.getElement().getClassList().set("skipped", item.skipped());
            li.getElement().getClassList().set("overrun", item.overrunSeconds() > 0);
            agenda.add(li);
        }
    }

    private static String plannedVsActual(RoomState.Item item) {
        String planned = item.plannedMinutes() + " min";
        if (item.allottedSeconds() != item.plannedMinutes() * 60L) {
            planned += " → " + format(item.allottedSeconds());
        }
        String used = item.usedSeconds() == 0 ? "" : " · used " + format(item.usedSeconds());
        return planned + used + (item.skipped() ? " · skipped" : "");
    }

    /** The current item's part of the doc, rendered safely; re-rendered only when the item changes. */
    private void showSection(int position) {
        String key = position < 0 ? "" : position + "\n" + state.agenda().get(position).sectionMarkdown();
        if (key.equals(shownSection)) {
            return;
        }
        shownSection = key;
        section.removeAll();
        sectionComments.removeAll();
        if (position >= 0) {
            section.add(RenderedMarkdown.section(state.agenda().get(position).sectionMarkdown(), state.designDoc()));
            var comments = meetings.preReadComments(reviewId, position);
            if (!comments.isEmpty()) {
                sectionComments.add(new H3("Pre-read comments on this item"));
            }
            comments.forEach(c -> {
                var line = new Div(new Span(c.kind().label() + " · " + c.author().displayName()
                        + (c.resolved() ? " · resolved" : "") + (c.triage() == null ? "" : " · " + c.triage().label())
                        + ": " + c.body()));
                line.addClassName("section-comment");
                sectionComments.add(line);
            });
        }
    }

    /** Shows the clock from the state read last; no round trip to the database. */
    private void showClock() {
        if (state == null) {
            return;
        }
        long left = state.secondsLeftAt(clock.instant());
        switch (state.status()) {
            case NOT_STARTED -> Texts.set(currentItem, "Waiting for the moderator to start");
            case RUNNING -> Texts.set(currentItem, "Now: " + state.current().title());
            case PAUSED -> Texts.set(currentItem, "Paused: " + state.current().title());
            case ENDED -> Texts.set(currentItem, "The clock has ended; the meeting needs its decision");
            case CLOSED -> Texts.set(currentItem, "The meeting is closed");
        }
        if (state.status() == MeetingStatus.ENDED || state.status() == MeetingStatus.CLOSED) {
            countdown.clear();
        } else {
            countdown.show(left, state.status() == MeetingStatus.RUNNING, clock.instant().getEpochSecond());
        }
        Texts.set(overtime, state.overtimeSeconds() > 0 ? "Over the timebox by " + format(state.overtimeSeconds()) : "");
        if (moderator != null) {
            moderator.showOverrunOffer(state, clock.instant());
        }
    }

    static String format(long seconds) {
        return Countdown.format(seconds);
    }

    static String keyName(Key key) {
        String name = key.getKeys().getFirst();
        return name.startsWith("Key") || name.startsWith("Digit") ? name.substring(name.length() - 1) : name;
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        var row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private static String username(Person person) {
        return person == null ? null : person.username();
    }
}
