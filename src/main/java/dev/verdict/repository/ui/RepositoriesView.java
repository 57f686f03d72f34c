package dev.verdict.repository.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.verdict.repository.AdrConvention;
import dev.verdict.repository.ConnectionReport;
import dev.verdict.repository.InvalidRepositoryException;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.PublishMode;
import dev.verdict.repository.RepositoryService;
import dev.verdict.repository.RepositorySummary;
import dev.verdict.shared.ui.Messages;
import dev.verdict.shared.ui.NarrowScreens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Optional;

/** Admins connect team repositories: test the connection, see the ADR convention, save. */
@Route("repositories")
@PageTitle("Repositories · Verdict")
@RolesAllowed("ADMIN")
class RepositoriesView extends VerticalLayout {

    private final RepositoryService repositories;
    private final TextField name = new TextField("Name");
    private final TextField url = new TextField("URL");
    private final TextField branch = new TextField("Branch");
    private final TextField username = new TextField("User name (https)");
    private final PasswordField secret = new PasswordField("Token or password (https)");
    private final com.vaadin.flow.component.textfield.TextArea privateKey =
            new com.vaadin.flow.component.textfield.TextArea("Private key (ssh)");
    private final PasswordField passphrase = new PasswordField("Key passphrase (ssh)");
    private final Select<Optional<AdrConvention>> convention = new Select<>();
    private final Select<PublishMode> publishMode = new Select<>();
    private final Span result = new Span();
    private final Messages problems = new Messages();
    private final Grid<RepositorySummary> grid = new Grid<>();

    RepositoriesView(RepositoryService repositories) {
        this.repositories = repositories;
        // 32em where it fits, the screen's width on a phone.
        url.setWidth("min(32em, 100%)");
        url.setPlaceholder(repositories.localPathsAllowed()
                ? "https://…, ssh://…, git@host:path or a local path" : "https://…, ssh://… or git@host:path");
        branch.setValue("main");
        secret.setHelperText("Stored encrypted, never shown again");
        privateKey.setPlaceholder("-----BEGIN OPENSSH PRIVATE KEY-----  …  -----END OPENSSH PRIVATE KEY-----");
        privateKey.setHelperText("A deploy key of this repository; stored encrypted, never shown again");
        privateKey.setWidth("min(32em, 100%)");
        privateKey.setMaxHeight("8em");
        passphrase.setHelperText("Only if the key has one");
        url.addValueChangeListener(e -> showCredentialsFor(e.getValue()));
        showCredentialsFor("");
        convention.setLabel("ADR convention");
        convention.setItems(Optional.empty(), Optional.of(AdrConvention.ADR_TOOLS), Optional.of(AdrConvention.MADR),
                Optional.of(AdrConvention.LOG4BRAINS));
        convention.setItemLabelGenerator(c -> c.map(AdrConvention::label).orElse("Detect from the repository"));
        convention.setValue(Optional.empty());
        publishMode.setLabel("Publish decisions by");
        publishMode.setItems(PublishMode.values());
        publishMode.setItemLabelGenerator(PublishMode::label);
        publishMode.setValue(PublishMode.PUSH);
        // Wide enough for their longest choice and label ("Detect from the repository", "Open a pull request").
        convention.setMinWidth("18em");
        publishMode.setMinWidth("18em");
        secret.setMinWidth("16em");
        result.addClassName("connection-result");
        var test = new Button("Test connection", e -> test());
        var connect = new Button("Connect", e -> connect());
        connect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Each value whole: wrapped in its cell rather than cut ("adr-tools in doc/adr" was "adr-tools i…").
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("repositories");
        var columns = List.of(
                grid.addColumn(RepositorySummary::name).setHeader("Name").setAutoWidth(true),
                grid.addColumn(RepositorySummary::url).setHeader("URL").setFlexGrow(3).setWidth("14em"),
                grid.addColumn(RepositorySummary::branch).setHeader("Branch").setAutoWidth(true).setFlexGrow(0),
                grid.addColumn(RepositoriesView::adrs).setHeader("ADRs").setAutoWidth(true),
                grid.addColumn(RepositoriesView::credentials).setHeader("Credentials").setAutoWidth(true).setFlexGrow(0),
                // How decisions arrive, and for pull requests the host API that opens them (ADR 26).
                grid.addComponentColumn(r -> new Div(new Span(decisions(r)), codeHost(r, "")))
                        .setHeader("Decisions").setWidth("10em").setFlexGrow(0),
                grid.addComponentColumn(RepositoriesView::adrLog).setHeader("ADR log"));
        // On a phone seven columns scroll sideways and cut what they show: each repository is one card instead.
        var card = grid.addComponentColumn(this::card).setHeader("Repository");
        card.setVisible(false);
        NarrowScreens.follow(this, narrow -> {
            columns.forEach(c -> c.setVisible(!narrow));
            card.setVisible(narrow);
            // Auto widths measured while the columns were hidden would wrap "20260105" in two.
            grid.recalculateColumnWidths();
        });
        add(new H2("Repositories"), new Paragraph("Verdict reads design docs from these repositories and commits decisions to them."),
                problems, wrapping(name, url, branch), wrapping(username, secret, privateKey, passphrase), wrapping(convention, publishMode),
                new HorizontalLayout(test, connect), result, grid);
        grid.setItems(repositories.list());
    }

    private static String adrs(RepositorySummary r) {
        return r.convention().label() + " in " + r.adrDir();
    }

    private static String credentials(RepositorySummary r) {
        return r.hasCredentials() ? "stored" : "none";
    }

    private static String decisions(RepositorySummary r) {
        return r.publishMode() == PublishMode.PUSH ? "push" : "pull request";
    }

    private static RouterLink adrLog(RepositorySummary r) {
        return new RouterLink("ADR log", AdrLogView.class, new RouteParameters("repositoryId", r.id().toString()));
    }

    /** The host API that opens pull requests (ADR 26), and a button to set it; never the token. */
    private Div codeHost(RepositorySummary r, String label) {
        var set = new Button("Set host API", e -> new CodeHostDialog(repositories, r, () -> grid.setItems(repositories.list())).open());
        set.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        // A repository that pushes and has no host API set has nothing to say here but the button.
        if (label.isEmpty() && r.publishMode() == PublishMode.PUSH && r.codeHost().equals("not set")) {
            return new Div(set);
        }
        var text = new Span(label + r.codeHost());
        text.addClassName("code-host");
        return new Div(text, set);
    }

    /** A repository on a phone: its name, where it is, and the rest as labelled lines. */
    private Div card(RepositorySummary r) {
        var name = new Span(r.name());
        name.addClassName("repository-card-name");
        var url = new Span(r.url());
        url.addClassName("repository-card-url");
        var card = new Div(name, url, new Span("Branch " + r.branch() + " · ADRs: " + adrs(r)),
                new Span("Credentials " + credentials(r) + " · decisions by " + decisions(r)), codeHost(r, "Pull requests: "), adrLog(r));
        card.addClassName("repository-card");
        return card;
    }

    /** A row of fields that wraps on a phone instead of running off the screen. */
    private static HorizontalLayout wrapping(com.vaadin.flow.component.Component... fields) {
        var row = new HorizontalLayout(fields);
        row.setWrap(true);
        return row;
    }

    private NewRepository request() {
        boolean ssh = isSsh(url.getValue());
        return new NewRepository(name.getValue(), url.getValue(), branch.getValue(), ssh ? null : username.getValue(),
                ssh ? privateKey.getValue() : secret.getValue(), ssh ? passphrase.getValue() : null,
                convention.getValue().orElse(null), null, publishMode.getValue());
    }

    /** https takes a user and token, ssh a private key and its passphrase; only the fitting fields are shown. */
    private void showCredentialsFor(String value) {
        boolean ssh = isSsh(value);
        username.setVisible(!ssh);
        secret.setVisible(!ssh);
        privateKey.setVisible(ssh);
        passphrase.setVisible(ssh);
    }

    private static boolean isSsh(String value) {
        String v = value == null ? "" : value.strip().toLowerCase();
        return v.startsWith("ssh://") || v.matches("^[a-z0-9._-]+@[a-z0-9.-]+:(?!//).*");
    }

    private void test() {
        problems.clear();
        try {
            ConnectionReport report = repositories.test(request());
            result.setText(report.ok()
                    ? "Connected: branch head " + report.headCommit().substring(0, 12) + ", ADRs follow "
                    + report.convention().label() + " in " + report.adrDir()
                    : "Failed: " + report.problem());
            result.getElement().getClassList().set("failed", !report.ok());
        } catch (ConstraintViolationException e) {
            problems.show(Messages.of(e));
        } catch (InvalidRepositoryException e) {
            problems.show(List.of(e.getMessage()));
        }
    }

    private void connect() {
        problems.clear();
        try {
            repositories.connect(request());
            secret.clear();
            privateKey.clear();
            passphrase.clear();
            result.setText("Connected " + name.getValue());
            grid.setItems(repositories.list());
        } catch (ConstraintViolationException e) {
            problems.show(Messages.of(e));
        } catch (InvalidRepositoryException e) {
            problems.show(List.of(e.getMessage()));
        }
    }
}
