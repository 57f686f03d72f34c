package dev.verdict.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.verdict.shared.ui.TextLimit;
import dev.verdict.shared.MarkdownSource;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.verdict.identity.Person;
import dev.verdict.repository.RepositoryChoice;
import dev.verdict.repository.RepositoryUnavailableException;
import dev.verdict.review.DesignDoc;
import dev.verdict.review.DocReference;
import dev.verdict.review.InvalidReviewException;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ReviewSummary;
import dev.verdict.review.RoleCheck;
import dev.verdict.review.ScheduledStart;
import dev.verdict.shared.ui.Messages;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Opens a review: the doc pasted, uploaded or picked from a connected repository (pinned to the
 * branch head's commit), the people in their roles, the scheduled start and the timebox.
 */
@Route("new")
@PageTitle("New review · Verdict")
@PermitAll
class NewReviewView extends VerticalLayout {

    static final int TITLE_MAX = 200;
    static final String PASTE = "Paste or upload";
    static final String FROM_REPOSITORY = "From a repository";

    private final ReviewService reviews;
    private final TextField title = new TextField("Title");
    private final RadioButtonGroup<String> sourceKind = new RadioButtonGroup<>("Design doc");
    private final TextArea doc = new TextArea("Design doc (Markdown)");
    /** The title last suggested from a doc, replaced by the next suggestion unless edited. */
    private String suggestedTitle = "";
    private final ComboBox<RepositoryChoice> repository = new ComboBox<>("Repository");
    private final ComboBox<String> file = new ComboBox<>("Markdown file");
    private final Span pinned = new Span();
    private final ComboBox<Person> author = new ComboBox<>("Author");
    private final ComboBox<Person> decisionMaker = new ComboBox<>("Decision maker");
    private final MultiSelectComboBox<Person> attendees = new MultiSelectComboBox<>("Attendees");
    private final MultiSelectComboBox<Person> observers = new MultiSelectComboBox<>("Observers");
    private final DateTimePicker start = new DateTimePicker("Scheduled start");
    private final ComboBox<String> zone = new ComboBox<>("Time zone");
    private final IntegerField timebox = new IntegerField("Timebox (minutes)");
    private final ComboBox<ReviewSummary> followsUp = new ComboBox<>("Follows up on");
    private final Span uploaded = new Span();
    private final Messages problems = new Messages();
    /** Role combinations refused on Create, shown as they are picked. */
    private final Messages roleConflicts = new Messages();
    /** Allowed combinations with a cost ("You moderate and decide: ..."). */
    private final Div roleHints = new Div();
    private String pinnedCommit;
    /** The start last proposed; replaced when the browser's zone arrives unless the moderator changed it. */
    private LocalDateTime suggestedStart;

    NewReviewView(ReviewService reviews) {
        this.reviews = reviews;
        TextLimit.apply(title, TITLE_MAX);
        title.setWidthFull();
        title.setRequired(true);
        doc.setWidthFull();
        doc.setMinHeight("16em");
        doc.setMaxHeight("30em");
        doc.setPlaceholder("Paste the design doc here, or upload a .md file below. Its ## headings become the agenda.");
        // A paste reaches the server once the typing pauses, so the title is suggested at once.
        doc.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        doc.setValueChangeTimeout(400);
        doc.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                titleFromH1(e.getValue());
            }
        });

        var upload = new Upload(UploadHandler.inMemory((meta, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> useUpload(meta.fileName(), bytes)))));
        upload.setAcceptedFileTypes(".md", ".markdown", "text/markdown", "text/plain");
        upload.setMaxFileSize(DesignDoc.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> problems.show(List.of(
                "The file was refused: " + e.getErrorMessage() + " (a .md file up to 2 MB)")));
        var pastePane = new Div(doc, upload, uploaded);
        pastePane.setWidthFull();

        List<RepositoryChoice> repositories = reviews.docRepositories();
        repository.setItems(repositories);
        repository.setItemLabelGenerator(RepositoryChoice::label);
        repository.setWidth("20em");
        repository.addValueChangeListener(e -> browse(e.getValue()));
        file.setWidth("30em");
        file.setPlaceholder("Pick a repository first");
        file.addValueChangeListener(e -> pick(e.getValue()));
        pinned.addClassName("pinned-commit");
        var repositoryPane = new HorizontalLayout(repository, file, pinned);
        repositoryPane.setAlignItems(FlexComponent.Alignment.BASELINE);
        repositoryPane.setVisible(false);

        sourceKind.setItems(PASTE, FROM_REPOSITORY);
        sourceKind.setValue(PASTE);
        sourceKind.setItemEnabledProvider(kind -> !kind.equals(FROM_REPOSITORY) || !repositories.isEmpty());
        if (repositories.isEmpty()) {
            sourceKind.setHelperText("No repository is connected yet: an admin connects them under Repositories");
        }
        sourceKind.addValueChangeListener(e -> {
            pastePane.setVisible(PASTE.equals(e.getValue()));
            repositoryPane.setVisible(FROM_REPOSITORY.equals(e.getValue()));
        });

        List<Person> people = reviews.people();
        for (ComboBox<Person> single : List.of(author, decisionMaker)) {
            single.setItems(people);
            single.setItemLabelGenerator(Person::label);
            single.setClearButtonVisible(true);
            // Full names with their usernames: the field and its list grow to show them uncut.
            single.setMinWidth("16em");
            single.getStyle().set("--vaadin-combo-box-overlay-width", "24em");
        }
        author.setHelperText("Answers questions about the doc");
        decisionMaker.setHelperText("Makes the call at the end");
        attendees.setItems(people);
        attendees.setItemLabelGenerator(Person::label);
        observers.setItems(people);
        observers.setItemLabelGenerator(Person::label);
        attendees.setWidthFull();
        observers.setWidthFull();
        // Styled like the form's errors, but its own block: Create's errors stay listed at the top.
        roleConflicts.removeClassName("form-errors");
        roleConflicts.addClassName("role-conflicts");
        roleHints.addClassName("role-hints");
        roleHints.setVisible(false);
        author.addValueChangeListener(e -> checkRoles());
        decisionMaker.addValueChangeListener(e -> checkRoles());
        attendees.addValueChangeListener(e -> checkRoles());
        observers.addValueChangeListener(e -> checkRoles());

        start.setStep(java.time.Duration.ofMinutes(15));
        start.setMaxWidth("100%");
        zone.setMaxWidth("100%");
        suggestedStart = reviews.suggestedStart(ZoneId.systemDefault());
        start.setValue(suggestedStart);
        start.setHelperText("Proposed: the first working-day 10:00 that leaves the pre-read 24 h. Leave empty if it is not scheduled yet");
        zone.addValueChangeListener(e -> {
            if (e.getValue() != null && suggestedStart != null && suggestedStart.equals(start.getValue())) {
                suggestedStart = reviews.suggestedStart(ZoneId.of(e.getValue()));
                start.setValue(suggestedStart);
            }
        });
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(ZoneId.systemDefault().getId());
        zone.setWidth("16em");
        timebox.setValue(NewReview.DEFAULT_TIMEBOX);
        timebox.setMin(15);
        timebox.setMax(180);
        timebox.setStepButtonsVisible(true);
        timebox.setHelperText("15 to 180 minutes");

        followsUp.setItems(reviews.mine().stream().filter(r -> r.outcome() != null).toList());
        followsUp.setItemLabelGenerator(r -> r.title() + " (" + r.outcome() + ")");
        followsUp.setClearButtonVisible(true);
        followsUp.setWidth("32em");
        followsUp.setMaxWidth("100%");
        followsUp.setHelperText("Optional: a decided review whose decision and open action items this one carries forward."
                + " Left empty, a doc from a repository follows up on its latest decided review");

        var create = new Button("Create review", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var roles = new HorizontalLayout(author, decisionMaker);
        roles.setWidthFull();
        roles.setWrap(true);
        roles.setFlexGrow(1, author, decisionMaker);
        roles.addClassName("role-pickers");
        var invited = new HorizontalLayout(attendees, observers);
        invited.setWidthFull();
        invited.setWrap(true);
        var when = new HorizontalLayout(start, zone, timebox);
        when.setAlignItems(FlexComponent.Alignment.BASELINE);
        when.setWrap(true);
        when.addClassName("new-review-when");
        add(new H2("New review"), problems, title, sourceKind, pastePane, repositoryPane, roles, invited, roleConflicts, roleHints, when, followsUp, create);
        setMaxWidth("60em");
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        // The moderator plans in their own time zone: the browser says which.
        event.getUI().getPage().retrieveExtendedClientDetails(details -> {
            String browserZone = details.getTimeZoneId();
            if (browserZone != null && ZoneId.getAvailableZoneIds().contains(browserZone)) {
                zone.setValue(browserZone);
            }
        });
    }

    /** Says at once what Create would refuse about the roles, and what a combination costs. */
    private void checkRoles() {
        RoleCheck check = reviews.checkRoles(username(author.getValue()), username(decisionMaker.getValue()),
                usernames(attendees.getValue()), usernames(observers.getValue()));
        roleConflicts.show(check.conflicts());
        roleHints.removeAll();
        check.hints().forEach(hint -> roleHints.add(new Paragraph(hint)));
        roleHints.setVisible(!check.hints().isEmpty());
    }

    private void browse(RepositoryChoice choice) {
        problems.clear();
        file.clear();
        file.setItems(List.of());
        pinnedCommit = null;
        pinned.setText("");
        if (choice == null) {
            return;
        }
        try {
            var snapshot = reviews.browse(choice.id());
            pinnedCommit = snapshot.headCommit();
            file.setItems(snapshot.markdownPaths());
            file.setPlaceholder(snapshot.markdownPaths().isEmpty() ? "No Markdown file on " + choice.branch()
                    : snapshot.markdownPaths().size() + " Markdown files on " + choice.branch());
            pinned.setText("Pinned at " + pinnedCommit.substring(0, 7));
        } catch (RepositoryUnavailableException e) {
            problems.show(List.of("Could not read " + choice.name() + ": " + e.getMessage()));
        }
    }

    private void pick(String path) {
        if (path == null || pinnedCommit == null || repository.getValue() == null) {
            return;
        }
        problems.clear();
        try {
            String markdown = reviews.preview(new DocReference(repository.getValue().id(), path, pinnedCommit));
            titleFromH1(markdown);
            pinned.setText("Pinned at " + pinnedCommit.substring(0, 7) + " · " + markdown.lines().count() + " lines");
        } catch (RepositoryUnavailableException e) {
            problems.show(List.of(e.getMessage()));
        }
    }

    private void useUpload(String fileName, byte[] bytes) {
        if (bytes.length > DesignDoc.MAX_BYTES) {
            problems.show(List.of("The file is over 2 MB; the limit is 2 MB."));
            return;
        }
        String markdown = new String(bytes, StandardCharsets.UTF_8);
        doc.setValue(markdown);
        uploaded.setText("Loaded " + fileName + " (" + bytes.length + " bytes)");
        titleFromH1(markdown);
    }

    /**
     * Suggests the doc's title (its H1, else its front matter's title) while the title field is
     * empty or still holds the last suggestion; a title the moderator typed is kept.
     */
    private void titleFromH1(String markdown) {
        if (title.isEmpty() || title.getValue().equals(suggestedTitle)) {
            MarkdownSource.title(markdown).map(t -> t.length() > NewReview.TITLE_MAX ? t.substring(0, NewReview.TITLE_MAX) : t)
                    .ifPresent(t -> {
                        suggestedTitle = t;
                        title.setValue(t);
                    });
        }
    }

    private void create() {
        problems.clear();
        boolean fromRepository = FROM_REPOSITORY.equals(sourceKind.getValue());
        DocReference source = null;
        if (fromRepository) {
            if (repository.getValue() == null || file.getValue() == null || pinnedCommit == null) {
                problems.show(List.of("Pick a repository and the design doc's Markdown file"));
                return;
            }
            source = new DocReference(repository.getValue().id(), file.getValue(), pinnedCommit);
        }
        ScheduledStart scheduled = start.getValue() == null ? null
                : new ScheduledStart(start.getValue(), zone.getValue() == null ? null : ZoneId.of(zone.getValue()));
        try {
            var id = reviews.open(new NewReview(title.getValue(), fromRepository ? null : doc.getValue(), source,
                    username(author.getValue()), username(decisionMaker.getValue()),
                    usernames(attendees.getValue()), usernames(observers.getValue()),
                    timebox.getValue() == null ? 0 : timebox.getValue(), scheduled,
                    followsUp.getValue() == null ? null : followsUp.getValue().id()));
            UI.getCurrent().navigate("reviews/" + id);
        } catch (ConstraintViolationException e) {
            problems.show(Messages.of(e));
        } catch (InvalidReviewException | RepositoryUnavailableException e) {
            problems.show(List.of(e.getMessage()));
        }
    }

    private static String username(Person person) {
        return person == null ? null : person.username();
    }

    private static Set<String> usernames(Set<Person> people) {
        return people.stream().map(Person::username).collect(Collectors.toSet());
    }
}
