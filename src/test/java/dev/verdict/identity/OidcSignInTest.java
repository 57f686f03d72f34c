package dev.verdict.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

class OidcSignInTest {

    private static final SingleSignOnProperties DEFAULTS = new SingleSignOnProperties(null, null, "verdict-admins");

    @Test
    void the_username_comes_from_the_configured_claim_and_the_name_and_email_from_theirs() {
        var claims = Map.<String, Object>of("iss", "https://sso.example.com/realms/acme", "sub", "4f1c-77",
                "preferred_username", "carol", "upn", "carol@acme.example", "name", "Carol Example", "email", "carol@acme.example");

        assertThat(OidcSignIn.identity(claims, DEFAULTS)).isEqualTo(new SignedInIdentity(
                "https://sso.example.com/realms/acme", "4f1c-77", "carol", "Carol Example", "carol@acme.example"));
        assertThat(OidcSignIn.identity(claims, new SingleSignOnProperties("upn", null, null)).username()).isEqualTo("carol@acme.example");
    }

    @Test
    void without_a_name_claim_the_given_and_family_names_or_else_the_username_are_shown() {
        var base = Map.<String, Object>of("iss", "i", "sub", "s", "preferred_username", "dan");

        assertThat(OidcSignIn.identity(with(base, Map.of("given_name", "Dan", "family_name", "Smith")), DEFAULTS).displayName())
                .isEqualTo("Dan Smith");
        assertThat(OidcSignIn.identity(base, DEFAULTS).displayName()).isEqualTo("dan");
    }

    @Test
    void an_email_that_is_not_one_is_left_out_rather_than_refusing_the_sign_in() {
        var claims = Map.<String, Object>of("iss", "i", "sub", "s", "preferred_username", "dan", "email", "not an email");

        assertThat(OidcSignIn.identity(claims, DEFAULTS).email()).isNull();
    }

    @Test
    void a_token_without_the_username_claim_is_refused_and_says_which_claim_was_missing() {
        var claims = Map.<String, Object>of("iss", "i", "sub", "s", "name", "No Name");

        assertThatThrownBy(() -> OidcSignIn.identity(claims, DEFAULTS))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class, e -> {
                    assertThat(e.getError().getErrorCode()).isEqualTo("username_missing");
                    assertThat(e.getError().getDescription()).contains("preferred_username");
                });
    }

    @Test
    void the_admin_group_makes_an_admin_as_a_list_a_nested_keycloak_claim_or_a_spaced_string() {
        var keycloak = new SingleSignOnProperties(null, "realm_access.roles", "verdict-admins");

        assertThat(DEFAULTS.isAdmin(Map.of("groups", List.of("staff", "verdict-admins")))).isTrue();
        assertThat(DEFAULTS.isAdmin(Map.of("groups", List.of("staff")))).isFalse();
        assertThat(DEFAULTS.isAdmin(Map.of("groups", "staff verdict-admins"))).isTrue();
        assertThat(DEFAULTS.isAdmin(Map.of())).isFalse();
        assertThat(keycloak.isAdmin(Map.of("realm_access", Map.of("roles", List.of("verdict-admins"))))).isTrue();
    }

    @Test
    void without_an_admin_value_nobody_becomes_an_admin_by_signing_in() {
        var unset = new SingleSignOnProperties(null, null, null);

        assertThat(unset.isAdmin(Map.of("groups", List.of("verdict-admins", "admin")))).isFalse();
    }

    private static Map<String, Object> with(Map<String, Object> base, Map<String, Object> more) {
        var all = new HashMap<>(base);
        all.putAll(more);
        return all;
    }
}
