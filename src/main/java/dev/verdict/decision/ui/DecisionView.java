package dev.verdict.decision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.shared.ui.TextLimit;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.AlternativeSuggestion;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.Consequence;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.DecisionTags;
import dev.verdict.decision.IncompleteDecisionException;
import dev.verdict.decision.Outcome;
import dev.verdict.review.RelatedDecisions;
import dev.verdict.identity.Person;
import dev.verdict.meeting.Disposition;
import dev.verdict.meeting.InvalidCaptureException;
import dev.verdict.meeting.MeetingStateException;
import dev.verdict.meeting.RoomState;
import dev.verdict.repository.AdrLog;
import dev.verdict.repository.RepositoryUnavailableException;
import dev.verdict.shared.ui.Messages;
import dev.verdict.shared.ui.RenderedMarkdown;
import dev.verdict.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * The mandatory decision record, and what the meeting leaves to settle before it closes: each
 * parked item's disposition, each risk's owner or acceptance. Every missing piece is named at once.
 */
@Route("reviews/:reviewId/decision")
@PageTitle("Decision · Verdict")
@PermitAll
class DecisionView extends VerticalLayout implements BeforeEnterObserver {

    private final DecisionService decisions;
    private UUID reviewId;

    private final Select<Outcome> outcome = new Select<>();
    private final TextArea statement = new TextArea("Decision statement");
    private final TextArea rationale = new TextArea("Rationale");
    private final TextArea conditions = new TextArea("Conditions");
    private final ComboBox<Person> decisionMaker = new ComboBox<>("Decision maker");
    private final Div alternatives = new Div();
    private final TextArea positive = new TextArea("Positive consequences");
    private final TextArea negative = new TextArea("Negative consequences");
    private final TextArea neutral = new TextArea("Neutral consequences");
    private final DatePicker revisitOn = new DatePicker("Revisit on");
    private final ComboBox<AdrLog.Entry> supersedes = new ComboBox<>("Supersedes");
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");
    private final List<String> tagChoices = new ArrayList<>();
    /** An accepted ADR on the same topic, offered (never chosen) as the one this decision supersedes. */
    private final Div supersedeHint = new Div();
    private RelatedDecisions.RelatedDecision suggestion;
    private final Div parked = new Div();
    private final Div risks = new Div();
    private final Messages problems = new Messages();
    private final Div preview = new Div();
    private List<Person> people = List.of();
    private List<Person> owners = List.of();

    /** Shown when the repository records a decision for this review that Verdict's database lost. */
    private final Div recordedInGit = new Div();

    DecisionView(DecisionService decisions) {
        recordedInGit.addClassName("recorded-in-git");
        recordedInGit.getElement().setAttribute("role", "alert");
        this.decisions = decisions;
        outcome.setLabel("Outcome");
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(Outcome::label);
        outcome.setPlaceholder("Choose the outcome");
        // "Approved with conditions" and "Mia Moderator (mia)" whole, not cut at the default width.
        outcome.setMinWidth("16em");
        decisionMaker.setMinWidth("16em");
        decisionMaker.getStyle().set("--vaadin-combo-box-overlay-width", "24em");
        outcome.addValueChangeListener(e -> {
            conditions.setVisible(e.getValue() == Outcome.APPROVED_WITH_CONDITIONS);
            showSupersedeHint();
        });
        supersedeHint.addClassName("supersede-hint");
        supersedeHint.setVisible(false);
        statement.setPlaceholder("We're going with …");
        conditions.setHelperText("What must hold for the approval to stand");
        conditions.setVisible(false);
        for (TextArea area : List.of(statement, rationale, conditions, positive, negative, neutral)) {
            area.setWidthFull();
        }
        positive.setHelperText("One per line");
        negative.setHelperText("One per line; risks nobody accepted are added here");
        neutral.setHelperText("One per line");
        revisitOn.setHelperText("Optional: when to look at this decision again");
        supersedes.setItemLabelGenerator(AdrLog.Entry::label);
        supersedes.setClearButtonVisible(true);
        supersedes.addValueChangeListener(e -> showSupersedeHint());
        supersedes.getElement().addPropertyChangeListener("opened", "opened-changed", e -> {
            if (supersedes.isOpened()) {
                loadAdrLog();
            }
        });
        supersedes.setWidth("32em");
        supersedes.setMaxWidth("100%");
        supersedes.getStyle().set("--vaadin-combo-box-overlay-width", "40em");
        decisionMaker.setItemLabelGenerator(Person::label);
        tags.setAllowCustomValue(true);
        tags.setHelperText("Optional: pick tags used before or type a new one and press Enter; up to "
                + DecisionTags.MAX_TAGS + " words of a–z, 0–9 and hyphens");
        tags.setPlaceholder("e.g. api, data-retention");
        tags.setWidth("32em");
        tags.setMaxWidth("100%");
        tags.addCustomValueSetListener(e -> addTag(e.getDetail()));
        tags.addValueChangeListener(e -> tags.setInvalid(false));
        alternatives.addClassName("alternatives");
        parked.addClassName("parked-dispositions");
        risks.addClassName("risk-settlement");
        var addAlternative = new Button("Add alternative", e -> alternatives.add(alternativeRow(EMPTY_ALTERNATIVE)));
        addAlternative.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var close = new Button("Close meeting and publish", e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var previewButton = new Button("Preview summary and ADR", e -> preview());
        preview.addClassName("decision-preview");
        add(new H2("Decision"),
                new Paragraph("A design review without a clear decision is a wasted meeting. The meeting closes once "
                        + "the record is complete, every parked item has a disposition and every risk an owner or acceptance."),
                recordedInGit, problems, outcome, statement, rationale, conditions, decisionMaker,
                new H3("Alternatives considered"), alternatives, addAlternative,
                new H3("Consequences"), positive, negative, neutral, revisitOn, supersedes, supersedeHint, tags,
                new H3("Parking lot"), parked, new H3("Risks"), risks, new HorizontalLayout(close, previewButton), preview);
        setMaxWidth("56em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.openReview(event, id -> {
            reviewId = id;
            if (decisions.decision(reviewId).isPresent()) {
                event.forwardTo("reviews/" + reviewId + "/publication");
                return;
            }
            showRecordedInRepository();
            people = decisions.candidates(reviewId);
            owners = decisions.riskOwners(reviewId);
            decisionMaker.setItems(people);
            decisions.namedDecisionMaker(reviewId).ifPresent(decisionMaker::setValue);
            tagChoices.clear();
            tagChoices.addAll(decisions.knownTags());
            tags.setItems(tagChoices);
            alternatives.removeAll();
            var suggested = decisions.suggestedAlternatives(reviewId);
            (suggested.isEmpty() ? List.of(EMPTY_ALTERNATIVE) : suggested)
                    .forEach(a -> alternatives.add(alternativeRow(a)));
            showCaptures();
            showAdrLog();
        });
    }

    /**
     * After a crash that lost Verdict's record, the repository may already hold this review's
     * decision: the form says so, offers to fill in that outcome and statement, and refuses another.
     */
    private void showRecordedInRepository() {
        recordedInGit.removeAll();
        recordedInGit.setVisible(false);
        decisions.recordedInRepository(reviewId).ifPresent(r -> {
            var text = new Paragraph("This review's decision is already in the repository: " + r.describe()
                    + ". Verdict lost its own record of it in a crash. Close the meeting with that decision to restore"
                    + " the record (the commit is kept, nothing new is committed); a different decision is refused.");
            var useIt = new Button("Use the recorded decision", e -> {
                java.util.Arrays.stream(Outcome.values()).filter(o -> o.label().equals(r.outcome())).findFirst()
                        .ifPresent(outcome::setValue);
                if (r.statement() != null) {
                    statement.setValue(r.statement());
                }
            });
            recordedInGit.add(text, useIt);
            recordedInGit.setVisible(true);
        });
    }

    /**
     * The picker lists the ADRs of the repository the doc came from; a pasted doc has none to
     * supersede. The log is read from the git host when the picker is first opened, not when the
     * page opens: a slow or unreachable host delays only the picker, never the decision form.
     */
    private void showAdrLog() {
        adrLogLoaded = false;
        supersedes.setItems(List.of());
        if (!decisions.canSupersede(reviewId)) {
            supersedes.setEnabled(false);
            supersedes.setHelperText("Take the doc from a repository to supersede one of its ADRs");
            return;
        }
        supersedes.setEnabled(true);
        supersedes.setHelperText("Optional: an ADR of the doc's repository this decision replaces");
        decisions.suggestedSupersedes(reviewId).ifPresent(this::suggestSupersedes);
        suggestion = decisions.supersedeSuggestion(reviewId).orElse(null);
        showSupersedeHint();
    }

    /** A revisit review proposes the earlier review's ADR; the log is read now to show it chosen. */
    private void suggestSupersedes(DecisionService.Suggestion suggestion) {
        loadAdrLog();
        supersedes.getListDataView().getItems().filter(e -> e.path().equals(suggestion.adrPath())).findFirst()
                .ifPresent(entry -> {
                    supersedes.setValue(entry);
                    supersedes.setHelperText("Suggested: the ADR of “" + suggestion.reviewTitle()
                            + "”, which this review revisits. Clear it if this decision does not replace it.");
                });
    }

    /** Offered when the decision accepts something and an accepted ADR of the repository is about the same topic. */
    private void showSupersedeHint() {
        supersedeHint.removeAll();
        boolean accepting = outcome.getValue() == Outcome.APPROVED || outcome.getValue() == Outcome.APPROVED_WITH_CONDITIONS;
        boolean chosen = suggestion != null && supersedes.getValue() != null && supersedes.getValue().path().equals(suggestion.path());
        supersedeHint.setVisible(suggestion != null && accepting && !chosen);
        if (!supersedeHint.isVisible()) {
            return;
        }
        var text = new Span("\u201c" + suggestion.label() + "\u201d (" + suggestion.status() + ") in " + suggestion.repository()
                + " is about the same topic. Does this decision supersede it?");
        var take = new Button("Supersede " + suggestion.label(), e -> {
            loadAdrLog();
            supersedes.getListDataView().getItems().filter(entry -> entry.path().equals(suggestion.path())).findFirst()
                    .ifPresent(supersedes::setValue);
            showSupersedeHint();
        });
        take.addThemeVariants(ButtonVariant.LUMO_SMALL);
        supersedeHint.add(text, take);
    }

    private boolean adrLogLoaded;

    private void loadAdrLog() {
        if (adrLogLoaded) {
            return;
        }
        adrLogLoaded = true;
        try {
            decisions.adrLog(reviewId).ifPresent(log -> {
                supersedes.setItems(log.entries());
                supersedes.setHelperText("Optional: an ADR of " + log.adrDir() + " this decision replaces");
            });
        } catch (RepositoryUnavailableException e) {
            adrLogLoaded = false;
            supersedes.setHelperText("The ADR log could not be read: " + e.getMessage() + " Open the list to try again.");
        }
    }

    /**
     * A tag typed rather than picked: normalised as it will be stored ("Data Retention" becomes
     * data-retention), offered from then on and selected; one that cannot be a tag is refused on the field.
     */
    private void addTag(String typed) {
        List<String> normalised = DecisionTags.normalise(List.of(typed));
        if (normalised.isEmpty()) {
            return;
        }
        String tag = normalised.getFirst();
        List<String> wrong = DecisionTags.problems(List.of(tag));
        if (!wrong.isEmpty()) {
            tags.setErrorMessage(wrong.getFirst());
            tags.setInvalid(true);
            return;
        }
        var selected = new java.util.LinkedHashSet<>(tags.getValue());
        if (!tagChoices.contains(tag)) {
            tagChoices.add(tag);
            tags.setItems(tagChoices);
        }
        selected.add(tag);
        tags.setValue(selected);
    }

    private static final AlternativeSuggestion EMPTY_ALTERNATIVE = new AlternativeSuggestion("", "", "");

    private HorizontalLayout alternativeRow(AlternativeSuggestion alternative) {
        var name = new TextField("Alternative");
        name.setValue(alternative.name());
        TextLimit.apply(name, 300);
        var whyNot = new TextField("Why not chosen");
        whyNot.setValue(alternative.whyNot());
        if (!alternative.hint().isBlank()) {
            // The doc describes the option; the reason it lost is the decision maker's to write.
            whyNot.setHelperText("The doc says: " + alternative.hint());
        }
        TextLimit.apply(whyNot, 2000);
        whyNot.setWidth("28em");
        var row = new HorizontalLayout(name, whyNot);
        var remove = new Button("Remove", e -> alternatives.remove(row));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        row.add(remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("alternative-row");
        return row;
    }

    private void showCaptures() {
        RoomState room = decisions.room(reviewId);
        parked.removeAll();
        risks.removeAll();
        room.parked().forEach(p -> parked.add(parkedRow(p)));
        room.risks().forEach(r -> risks.add(riskRow(r)));
        if (room.parked().isEmpty()) {
            parked.add(new Span("Nothing was parked."));
        }
        if (room.risks().isEmpty()) {
            risks.add(new Span("No risk was raised."));
        }
    }

    private HorizontalLayout parkedRow(RoomState.Captured item) {
        var disposition = new Select<Disposition>();
        disposition.setLabel("Disposition");
        disposition.setItems(Disposition.values());
        disposition.setItemLabelGenerator(Disposition::label);
        disposition.setPlaceholder("Choose");
        disposition.setValue(item.disposition());
        var note = new TextField("Note");
        note.setPlaceholder("Why dropped, which doc, which action…");
        note.setValue(item.dispositionNote() == null ? "" : item.dispositionNote());
        note.setWidth("22em");
        Runnable save = () -> {
            if (disposition.getValue() != null) {
                settle(() -> decisions.dispose(reviewId, item.id(), disposition.getValue(), note.getValue()));
            }
        };
        disposition.addValueChangeListener(e -> save.run());
        note.addValueChangeListener(e -> save.run());
        var row = new HorizontalLayout(new Span(item.text()), disposition, note);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("parked-row");
        return row;
    }

    private HorizontalLayout riskRow(RoomState.Captured risk) {
        var owner = new ComboBox<Person>("Owner");
        owner.setItems(owners);
        owner.setItemLabelGenerator(Person::displayName);
        owner.setClearButtonVisible(true);
        if (risk.owner() != null) {
            owners.stream().filter(p -> p.username().equals(risk.owner().username())).findFirst().ifPresent(owner::setValue);
        }
        var accepted = new Checkbox("Accept as is", risk.accepted());
        Runnable save = () -> settle(() -> decisions.settleRisk(reviewId, risk.id(),
                owner.getValue() == null ? null : owner.getValue().username(), accepted.getValue()));
        owner.addValueChangeListener(e -> save.run());
        accepted.addValueChangeListener(e -> save.run());
        var row = new HorizontalLayout(new Span(risk.text()), owner, accepted);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("risk-row");
        return row;
    }

    private void settle(Runnable change) {
        problems.clear();
        try {
            change.run();
        } catch (InvalidCaptureException e) {
            problems.show(e.problems());
        } catch (AccessDeniedException | MeetingStateException e) {
            problems.show(List.of(e.getMessage()));
        }
    }

    private CloseMeeting request() {
        List<AlternativeConsidered> considered = new ArrayList<>();
        alternatives.getChildren().map(HorizontalLayout.class::cast).forEach(row -> {
            var fields = row.getChildren().filter(TextField.class::isInstance).map(TextField.class::cast).toList();
            String name = fields.get(0).getValue();
            String whyNot = fields.get(1).getValue();
            if (!name.isBlank() || !whyNot.isBlank()) {
                considered.add(new AlternativeConsidered(name, whyNot));
            }
        });
        List<Consequence> consequences = new ArrayList<>();
        lines(positive).forEach(l -> consequences.add(new Consequence(Consequence.Kind.POSITIVE, l)));
        lines(negative).forEach(l -> consequences.add(new Consequence(Consequence.Kind.NEGATIVE, l)));
        lines(neutral).forEach(l -> consequences.add(new Consequence(Consequence.Kind.NEUTRAL, l)));
        return new CloseMeeting(outcome.getValue(), statement.getValue(), rationale.getValue(),
                decisionMaker.getValue() == null ? null : decisionMaker.getValue().username(), considered, consequences,
                outcome.getValue() == Outcome.APPROVED_WITH_CONDITIONS ? conditions.getValue() : null, revisitOn.getValue(),
                supersedes.getValue() == null ? null : supersedes.getValue().path(),
                tags.getValue().stream().sorted().toList());
    }

    private static List<String> lines(TextArea area) {
        return area.getValue().lines().map(String::strip).map(l -> l.replaceFirst("^[-*]\\s+", ""))
                .filter(l -> !l.isEmpty()).toList();
    }

    /** What would be committed, rendered safely; nothing is saved and the meeting stays open. */
    private void preview() {
        problems.clear();
        preview.removeAll();
        try {
            var rendered = decisions.preview(reviewId, request());
            preview.add(new H3("Summary (preview)"), new RenderedMarkdown(rendered.summary()),
                    new H3("ADR (preview; its number is assigned when the commit is made)"), new RenderedMarkdown(rendered.adr()));
        } catch (IncompleteDecisionException e) {
            problems.show(e.missing());
        } catch (AccessDeniedException | RepositoryUnavailableException e) {
            problems.show(List.of(e.getMessage()));
        }
    }

    private void close() {
        problems.clear();
        try {
            decisions.close(reviewId, request());
            UI.getCurrent().navigate("reviews/" + reviewId + "/publication");
        } catch (ConstraintViolationException e) {
            problems.show(Messages.of(e));
        } catch (IncompleteDecisionException e) {
            problems.show(e.missing());
        } catch (AccessDeniedException | IllegalStateException | MeetingStateException e) {
            problems.show(List.of(e.getMessage()));
        }
    }
}
