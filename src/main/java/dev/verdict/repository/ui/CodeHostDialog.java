package dev.verdict.repository.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.verdict.repository.CodeHostKind;
import dev.verdict.repository.CodeHostSettings;
import dev.verdict.repository.InvalidRepositoryException;
import dev.verdict.repository.RepositoryService;
import dev.verdict.repository.RepositorySummary;
import dev.verdict.shared.ui.Messages;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Optional;

/** An admin sets how Verdict opens pull requests on the repository's host: kind, API URL, project, token. */
class CodeHostDialog extends Dialog {

    CodeHostDialog(RepositoryService repositories, RepositorySummary repository, Runnable saved) {
        setHeaderTitle("Pull requests for " + repository.name());
        var kind = new Select<Optional<CodeHostKind>>();
        kind.setLabel("Host");
        kind.setItems(Optional.empty(), Optional.of(CodeHostKind.GITHUB), Optional.of(CodeHostKind.GITLAB),
                Optional.of(CodeHostKind.GITEA), Optional.of(CodeHostKind.BITBUCKET_DATA_CENTER));
        kind.setItemLabelGenerator(k -> k.map(CodeHostKind::label).orElse("From the URL (github.com, gitlab.com)"));
        kind.setValue(Optional.empty());
        var apiUrl = new TextField("API URL");
        apiUrl.setPlaceholder("https://git.example.com/api/v1");
        apiUrl.setHelperText("Blank: https://<host> and the host's API path");
        var project = new TextField("Project");
        project.setPlaceholder("team/app");
        project.setHelperText("Blank: the repository URL's path");
        var token = new PasswordField("API token");
        token.setHelperText("Stored encrypted, never shown again. Blank: the https git token");
        var problems = new Messages();
        var fields = new VerticalLayout(new Paragraph("Now: " + repository.codeHost()), problems, kind, apiUrl, project, token);
        fields.setPadding(false);
        fields.getChildren().forEach(c -> c.getElement().getStyle().set("width", "min(24em, 100%)"));
        add(fields);
        var save = new Button("Save", e -> {
            problems.clear();
            try {
                repositories.configureCodeHost(repository.id(), new CodeHostSettings(kind.getValue().orElse(null),
                        apiUrl.getValue(), project.getValue(), token.getValue()));
                token.clear();
                saved.run();
                close();
            } catch (ConstraintViolationException ex) {
                problems.show(Messages.of(ex));
            } catch (InvalidRepositoryException ex) {
                problems.show(List.of(ex.getMessage()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
