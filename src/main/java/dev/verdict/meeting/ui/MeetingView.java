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
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.Component;
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
import dev.verdict.shared.ui.CancelledNotice;
import dev.verdict.shared.ui.ReviewPanelSource;
import dev.verdict.shared.ui.RelatedDecisionsPanel;
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
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
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
    private final CancelledNotice cancelled = new CancelledNotice();
    private final Div moderatorSlot = new Div();
    /** Built once the meeting is closed: until then it leads nowhere. */
    private Button publication;
    /** A link, not a button: it only navigates, and a link costs each open screen less. */
    private final Anchor preRead = new Anchor();
    /** Who is in the review, and for moderators the place to change it (the review module's page, by its address). */
    private final Anchor team = new Anchor();
    /** Shown to attendees once the meeting has been without a moderator for the configured time. */
    private final Div takeOverOffer = new Div();
    /** The review's audit trail, for its moderators (the audit module's page, by its address). */
    private final Anchor auditTrail = new Anchor();
    /** Built when a readiness check is first shown (before the start only). */
    private final Div readinessPanel = new Div();
    private UnorderedList readinessFindings;
    private TextField overrideReason;
    private Button overrideButton;
    private Span overrideNote;

    private final AgendaPanel agenda = new AgendaPanel();
    private final SectionPanel section;
    private List<Person> shownPresent;
    private Object shownReadiness;
    private String shownOverride;

    /** The capture bar, built when the screen's owner may first capture: observers never hold it. */
    private final Div captureSlot = new Div();
    /** The decisions the doc is close to: read once per review opened, the doc does not change in the meeting. */
    private final RelatedDecisionsPanel related = new RelatedDecisionsPanel();
    private CaptureBar captureBar;

    private final CapturedLists lists = new CapturedLists(this::edit);

    private final ObjectProvider<ReviewPanelSource> panelSources;
    private final Div panels = new Div();

    MeetingView(MeetingService meetings, RoomDisplayService displays, RoomFeed feed, Clock clock,
                ObjectProvider<ReviewPanelSource> panelSources) {
        this.meetings = meetings;
        this.panelSources = panelSources;
        this.displays = displays;
        this.live = LiveUpdates.refreshWhileAttached(this, listener -> feed.subscribe(reviewId, listener), this::refresh);
        this.clock = clock;
        addClassName("meeting-room");

        preRead.setText("Pre-read");
        preRead.addClassName("pre-read-link");
        // Followed by Vaadin's router in the page, without a reload.
        preRead.getElement().setAttribute("router-link", true);
        section = new SectionPanel(position -> meetings.preReadComments(reviewId, position));
        readinessPanel.addClassName("readiness");
        readinessPanel.setVisible(false);

        status.addClassName("meeting-status");
        status.addClassName("status-badge");
        present.addClassName("present");
        present.setMaxItemsVisible(AVATARS);
        currentItem.addClassName("current-item");
        overtime.addClassName("overtime");
        var clockPanel = new Div(currentItem, countdown, countdown.announcer(), overtime);
        clockPanel.addClassName("clock-panel");
        team.setText("Team");
        team.addClassName("team-link");
        team.getElement().setAttribute("router-link", true);
        var takeOver = new Button("Take over moderation", e -> drive(() -> meetings.takeOverModeration(reviewId)));
        takeOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        takeOverOffer.add(new Span("No moderator has had the room open for a while: anyone taking part may take over, and the trail records who did. "),
                takeOver);
        takeOverOffer.addClassName("take-over-offer");
        takeOverOffer.getElement().setAttribute("role", "status");
        takeOverOffer.setVisible(false);
        auditTrail.setText("Audit trail");
        auditTrail.addClassName("audit-link");
        auditTrail.setVisible(false);
        controls.add(preRead, team, auditTrail);
        controls.addClassName("controls");
        controls.setWrap(true);

        // The section scrolls in its own bounded box and the capture bar sticks to the screen
        // (frontend/styles/room.css): both stay in reach whatever the section's length.
        captureSlot.addClassName("capture-slot");
        var main = new Div(section, captureSlot, lists, related, panels);
        main.addClassName("room-main");
        var body = new Div(agenda, main);
        body.addClassName("room-body");
        var header = new Div(title, status, present);
        header.addClassName("room-header");
        add(header, cancelled, clockPanel, controls, moderatorSlot, takeOverOffer, readinessPanel, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.openReview(event, id -> {
            UUID previous = reviewId;
            reviewId = id;
            preRead.setHref("reviews/" + id + "/read");
            team.setHref("reviews/" + id + "/team");
            auditTrail.setHref("audit?review=" + id);
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
            related.show(meetings.relatedDecisions(id).stream()
                    .map(d -> new RelatedDecisionsPanel.Item(d.label(), d.status(), d.repository(), "decisions/" + d.entryId())).toList());
            refresh();
            ReviewPanelSource.showAll(panels, panelSources, id);
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
            try {
                meetings.present(reviewId, screenId);
            } catch (AccessDeniedException removed) {
                // Removed from the review: the screen says so and stops asking.
                pollRegistration.remove();
                pollRegistration = null;
                ui.setPollInterval(-1);
                live.refused();
                return;
            }
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
            dialog.add(new Paragraph(meta));
        }
        dialog.getFooter().add(remove, new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    /** The moderator's room display link: shown, copied to a TV, revoked when done. */
    private void openDisplayDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Room display");
        var link = new Anchor();
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
        dialog.add(new Paragraph(
                "A read-only big clock for a TV in the room. Anyone with the link sees it until you revoke it."), link);
        dialog.getFooter().add(create, revoke, new Button("Done", e -> dialog.close()));
        dialog.open();
    }

    /** The moderator hands moderation to one of the people taking part, in one click. */
    private void openHandOverDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Hand over moderation");
        dialog.add(new Paragraph("They get the clock and the close. You keep your other roles and stay in the room."));
        var people = new Div();
        people.addClassName("hand-over");
        List<Person> candidates = meetings.moderationCandidates(reviewId);
        var here = state.present().stream().map(Person::username).collect(java.util.stream.Collectors.toSet());
        candidates.forEach(person -> {
            var hand = new Button("Hand to " + person.displayName() + (here.contains(person.username()) ? " (here now)" : ""), e -> {
                dialog.close();
                drive(() -> meetings.handModerationTo(reviewId, person.username()));
            });
            people.add(hand);
        });
        if (candidates.isEmpty()) {
            people.add(new Paragraph("Nobody else takes part in this review: add someone on the Team page first."));
        }
        dialog.add(people);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()));
        dialog.open();
    }

    private void remove(RoomState.Captured item) {
        drive(() -> meetings.remove(reviewId, item.id()));
    }

    /** At most this many avatars of the people here; the rest are one "+N" avatar (and all are in the title). */
    static final int AVATARS = 8;

    /**
     * The first {@link #AVATARS} - 1 people here as avatars and, when there are more, one "+N"
     * avatar for the rest: a room of fifty keeps eight items per screen, not fifty (each item is
     * kept on the server with its JSON, for every screen; measured by RoomLoadBenchmark).
     */
    static List<AvatarGroup.AvatarGroupItem> avatars(List<Person> here) {
        if (here.size() <= AVATARS) {
            return here.stream().map(p -> new AvatarGroup.AvatarGroupItem(p.displayName())).toList();
        }
        var shown = new java.util.ArrayList<AvatarGroup.AvatarGroupItem>(AVATARS);
        here.stream().limit(AVATARS - 1).forEach(p -> shown.add(new AvatarGroup.AvatarGroupItem(p.displayName())));
        int more = here.size() - (AVATARS - 1);
        var rest = new AvatarGroup.AvatarGroupItem(more + " more here");
        rest.setAbbreviation("+" + more);
        shown.add(rest);
        return shown;
    }

    private void refresh() {
        state = meetings.liveRoom(reviewId);
        Texts.set(title, state.title());
        boolean calledOff = state.cancellation() != null;
        cancelled.show(state.cancellation());
        Texts.set(status, calledOff ? "Cancelled" : state.status().label());
        status.getElement().setAttribute("data-status", calledOff ? "cancelled" : state.status().name().toLowerCase());
        if (!state.present().equals(shownPresent)) {
            shownPresent = state.present();
            present.setItems(avatars(state.present()));
            present.getElement().setAttribute("title", "Here now: " + String.join(", ",
                    state.present().stream().map(Person::displayName).toList()));
        }

        MeetingStatus s = state.status();
        auditTrail.setVisible(state.moderating());
        // A cancelled review never starts: its moderators get no clock to drive.
        if (state.moderating() && !calledOff) {
            if (moderator == null) {
                moderator = new ModeratorControls(meetings, reviewId, () -> state, this::drive,
                        route -> UI.getCurrent().navigate(route), this::openDisplayDialog, this::openHandOverDialog);
                var buttons = moderator.buttons();
                for (int i = 0; i < buttons.size(); i++) {
                    controls.addComponentAtIndex(i, buttons.get(i));
                }
                moderatorSlot.add(moderator.overrunOffer);
            }
            moderator.show(state, clock.instant());
        } else {
            // Moderation went to someone else: the clock is theirs now.
            dropModeratorControls();
        }
        takeOverOffer.setVisible(state.mayTakeOver());
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
            }, () -> moderator == null ? List.of() : moderator.shortcuts());
            captureSlot.add(captureBar);
        }
        if (!state.canCapture()) {
            // The meeting closed (or this is an observer): no bar, no Alt shortcuts.
            dropCaptureBar();
        }

        showReadiness();
        agenda.show(state);
        section.show(state, s == MeetingStatus.CLOSED || s == MeetingStatus.ENDED ? -1 : state.currentItem());
        lists.show(state);
        showClock();
    }

    private void buildReadinessPanel() {
        if (readinessFindings != null) {
            return;
        }
        readinessFindings = new UnorderedList();
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
        readinessPanel.setVisible(readiness != null && state.cancellation() == null);
        // Rebuilt only when the findings or the override changed, not on every capture.
        if (readiness == null || (readiness.equals(shownReadiness) && Objects.equals(state.readinessOverride(), shownOverride))) {
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

    /** Shows the clock from the state read last; no round trip to the database. */
    private void showClock() {
        if (state == null) {
            return;
        }
        long left = state.secondsLeftAt(clock.instant());
        switch (state.status()) {
            case NOT_STARTED -> Texts.set(currentItem, state.cancellation() != null ? "The meeting will not take place"
                    : "Waiting for the moderator to start");
            case RUNNING -> Texts.set(currentItem, "Now: " + state.current().title());
            case PAUSED -> Texts.set(currentItem, "Paused: " + state.current().title());
            case ENDED -> Texts.set(currentItem, "The clock has ended; the meeting needs its decision");
            case CLOSED -> Texts.set(currentItem, "The meeting is closed");
        }
        if (state.status() == MeetingStatus.ENDED || state.status() == MeetingStatus.CLOSED || state.cancellation() != null) {
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

    private static HorizontalLayout row(Component... components) {
        var row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private static String username(Person person) {
        return person == null ? null : person.username();
    }
}
