package dev.verdict.repository.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestData;
import dev.verdict.repository.CodeHostKind;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.PublishMode;
import dev.verdict.repository.RepositoryService;
import dev.verdict.repository.RepositorySummary;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An admin sets the host API that opens a repository's pull requests; the token is sealed and never shown. */
class CodeHostDialogIT extends KaribuTest {

    private static final String TOKEN = "gitea-api-token-77aa";

    @Autowired
    RepositoryService repositories;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_sets_a_gitea_host_and_its_token_is_stored_sealed_and_shown_only_as_own_token() {
        String name = "hosted-" + UUID.randomUUID().toString().substring(0, 8);
        AsUser.run("admin", () -> repositories.connect(new NewRepository(name, TestData.remote().toString(), "main",
                null, null, null, null, null, PublishMode.PULL_REQUEST)));
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate("repositories");
        var saved = new AtomicBoolean();
        var dialog = new CodeHostDialog(repositories, summary(name), () -> saved.set(true));
        dialog.open();

        @SuppressWarnings("unchecked")
        Select<Optional<CodeHostKind>> kind = _get(Select.class, s -> s.withLabel("Host"));
        kind.setValue(Optional.of(CodeHostKind.GITEA));
        _click(_get(Button.class, s -> s.withText("Save")));
        assertThat(_get(Div.class, s -> s.withClasses("form-errors")).getElement().getTextRecursively())
                .contains("Verdict cannot tell the host from");
        assertThat(saved).isFalse();

        _setValue(_get(TextField.class, s -> s.withLabel("API URL")), "https://git.example.com/api/v1");
        _setValue(_get(TextField.class, s -> s.withLabel("Project")), "platform/decisions");
        _setValue(_get(PasswordField.class, s -> s.withLabel("API token")), TOKEN);
        _click(_get(Button.class, s -> s.withText("Save")));

        assertThat(saved).isTrue();
        assertThat(summary(name).codeHost()).isEqualTo("Gitea / Forgejo, https://git.example.com/api/v1, platform/decisions, own token");
        String sealed = jdbc.queryForObject("select sealed_host_token from connected_repository where name = ?", String.class, name);
        assertThat(sealed).isNotBlank().doesNotContain(TOKEN);
        assertThat(jdbc.queryForList("select after_value from audit_entry where action = 'pull request host set'", String.class))
                .noneMatch(v -> v != null && v.contains(TOKEN));
    }

    private RepositorySummary summary(String name) {
        return AsUser.call("admin", () -> repositories.list()).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
