package dev.verdict.repository.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestData;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.RepositoryService;
import dev.verdict.repository.RepositorySummary;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class RepositoriesViewIT extends KaribuTest {

    @Autowired
    RepositoryService repositories;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_tests_and_connects_the_demo_repository_and_the_secret_is_stored_sealed() {
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate("repositories");
        String name = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        _setValue(_get(TextField.class, s -> s.withLabel("Name")), name);
        _setValue(_get(TextField.class, s -> s.withLabel("URL")), TestData.remote().toString());
        _setValue(_get(PasswordField.class, s -> s.withLabel("Token or password (https)")), "s3cret-token-value");

        _click(_get(Button.class, s -> s.withText("Test connection")));
        assertThat(_get(Span.class, s -> s.withClasses("connection-result")).getText())
                .matches("Connected: branch head [0-9a-f]{12}, ADRs follow adr-tools in doc/adr");

        _click(_get(Button.class, s -> s.withText("Connect")));
        assertThat(_find(Div.class, s -> s.withClasses("form-errors")).stream().filter(Div::isVisible)
                .map(d -> d.getElement().getTextRecursively()).toList()).as("problems shown").isEmpty();
        RepositorySummary connected = repositories.list().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        assertThat(connected.hasCredentials()).isTrue();
        String stored = jdbc.queryForObject("select sealed_secret from connected_repository where name = ?", String.class, name);
        assertThat(stored).isNotBlank().doesNotContain("s3cret-token-value");
        assertThat(_get(PasswordField.class, s -> s.withLabel("Token or password (https)")).getValue()).isEmpty();
    }

    @Test
    void a_refused_scheme_and_an_unreachable_host_are_explained() {
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate("repositories");
        _setValue(_get(TextField.class, s -> s.withLabel("Name")), "bad");
        _setValue(_get(TextField.class, s -> s.withLabel("URL")), "git://github.com/team/designs.git");
        _click(_get(Button.class, s -> s.withText("Test connection")));
        assertThat(_get(Div.class, s -> s.withClasses("form-errors")).getElement().getTextRecursively())
                .contains("The git:// scheme is not allowed. Use an https:// or ssh:// URL");

        _setValue(_get(TextField.class, s -> s.withLabel("URL")), "https://no-such-host.invalid/team/designs.git");
        _click(_get(Button.class, s -> s.withText("Test connection")));
        assertThat(_get(Span.class, s -> s.withClasses("connection-result")).getText())
                .isEqualTo("Failed: Unknown host: no-such-host.invalid");
    }

    @Test
    void an_ssh_url_asks_for_a_private_key_and_its_passphrase_instead_of_a_token() {
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate("repositories");
        assertThat(_find(PasswordField.class, s -> s.withLabel("Token or password (https)"))).hasSize(1);
        assertThat(_find(TextArea.class, s -> s.withLabel("Private key (ssh)"))).isEmpty();

        _setValue(_get(TextField.class, s -> s.withLabel("URL")), "git@github.com:team/designs.git");

        assertThat(_find(PasswordField.class, s -> s.withLabel("Token or password (https)"))).isEmpty();
        assertThat(_find(TextArea.class, s -> s.withLabel("Private key (ssh)"))).hasSize(1);
        assertThat(_find(PasswordField.class, s -> s.withLabel("Key passphrase (ssh)"))).hasSize(1);
    }

    @Test
    void only_admins_open_the_page_or_call_the_service() {
        loginAs("mia");
        assertThatThrownBy(() -> UI.getCurrent().navigate("repositories")).hasMessageContaining("Access is denied");
        assertThat(_find(H2.class, s -> s.withText("Repositories"))).isEmpty();

        var request = new NewRepository("x", TestData.remote().toString(), "main", null, null, null, null);
        assertThatThrownBy(() -> AsUser.run("mia", () -> repositories.connect(request))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("mia", repositories::list)).isInstanceOf(AccessDeniedException.class);
    }
}
