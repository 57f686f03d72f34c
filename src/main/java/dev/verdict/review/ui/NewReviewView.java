package dev.verdict.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.verdict.identity.Person;
import dev.verdict.review.DesignDoc;
import dev.verdict.review.InvalidReviewException;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import dev.verdict.shared.ui.Messages;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Route("new")
@PageTitle("New review · Verdict")
@PermitAll
class NewReviewView extends VerticalLayout {

    static final int TITLE_MAX = 200;

    private final ReviewService reviews;
    private final TextField title = new TextField("Title");
    private final TextArea doc = new TextArea("Design doc (Markdown)");
    private final MultiSelectComboBox<Person> attendees = new MultiSelectComboBox<>("Attendees");
    private final MultiSelectComboBox<Person> observers = new MultiSelectComboBox<>("Observers");
    private final IntegerField timebox = new IntegerField("Timebox (minutes)");
    private final Span uploaded = new Span();
    private final Messages problems = new Messages();

    NewReviewView(ReviewService reviews) {
        this.reviews = reviews;
        title.setMaxLength(TITLE_MAX);
        title.setWidthFull();
        title.setRequired(true);
        doc.setWidthFull();
        doc.setMinHeight("16em");
        doc.setMaxHeight("30em");
        doc.setPlaceholder("Paste the design doc here, or upload a .md file below. Its ## headings become the agenda.");
        List<Person> people = reviews.people();
        attendees.setItems(people);
        attendees.setItemLabelGenerator(Person::label);
        observers.setItems(people);
        observers.setItemLabelGenerator(Person::label);
        attendees.setWidthFull();
        observers.setWidthFull();
        timebox.setValue(NewReview.DEFAULT_TIMEBOX);
        timebox.setMin(15);
        timebox.setMax(180);
        timebox.setStepButtonsVisible(true);

        var upload = new Upload(UploadHandler.inMemory((meta, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> useUpload(meta.fileName(), bytes)))));
        upload.setAcceptedFileTypes(".md", ".markdown", "text/markdown", "text/plain");
        upload.setMaxFileSize(DesignDoc.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> problems.show(List.of(
                "The file was refused: " + e.getErrorMessage() + " (a .md file up to 2 MB)")));

        var create = new Button("Create review", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var people2 = new HorizontalLayout(attendees, observers);
        people2.setWidthFull();
        var actions = new HorizontalLayout(timebox, create);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("New review"), problems, title, doc, upload, uploaded, people2, actions);
        setMaxWidth("60em");
    }

    private void useUpload(String fileName, byte[] bytes) {
        if (bytes.length > DesignDoc.MAX_BYTES) {
            problems.show(List.of("The file is over 2 MB; the limit is 2 MB."));
            return;
        }
        String markdown = new String(bytes, StandardCharsets.UTF_8);
        doc.setValue(markdown);
        uploaded.setText("Loaded " + fileName + " (" + bytes.length + " bytes)");
        if (title.isEmpty()) {
            markdown.lines().filter(l -> l.startsWith("# ")).findFirst()
                    .ifPresent(h1 -> title.setValue(h1.substring(2).strip()));
        }
    }

    private void create() {
        problems.clear();
        try {
            var id = reviews.open(new NewReview(title.getValue(), doc.getValue(),
                    usernames(attendees.getValue()), usernames(observers.getValue()),
                    timebox.getValue() == null ? 0 : timebox.getValue()));
            UI.getCurrent().navigate("reviews/" + id);
        } catch (ConstraintViolationException e) {
            problems.show(Messages.of(e));
        } catch (InvalidReviewException e) {
            problems.show(List.of(e.getMessage()));
        }
    }

    private static Set<String> usernames(Set<Person> people) {
        return people.stream().map(Person::username).collect(Collectors.toSet());
    }
}
