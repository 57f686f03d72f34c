package dev.verdict.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a verified ID token (and the provider's user info) into a Verdict user: provisions or
 * updates them in the {@link UserDirectory} and signs them in under their Verdict username, with
 * {@code ROLE_USER} and, where the admin claim says so, {@code ROLE_ADMIN}.
 */
@Component
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** An email as far as a directory cares: something@something, no blanks. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final OidcUserService provider = new OidcUserService();
    private final UserDirectory directory;
    private final SingleSignOnProperties properties;

    OidcSignIn(UserDirectory directory, SingleSignOnProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        Person person = directory.provision(identity(user.getClaims(), properties));
        List<GrantedAuthority> roles = new ArrayList<>(List.of(new SimpleGrantedAuthority("ROLE_USER")));
        if (properties.isAdmin(user.getClaims())) {
            roles.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        }
        return new SignedInUser(roles, user.getIdToken(), user.getUserInfo(), person.username());
    }

    /**
     * The identity these claims describe.
     *
     * @throws OAuth2AuthenticationException {@code username_missing} when the username claim is
     *                                       absent or blank, {@code username_too_long} past 100 characters
     */
    static SignedInIdentity identity(Map<String, Object> claims, SingleSignOnProperties properties) {
        String username = text(SingleSignOnProperties.claim(claims, properties.usernameClaim()));
        if (username == null) {
            throw refused("username_missing", "The ID token has no '" + properties.usernameClaim() + "' claim to take the username from");
        }
        if (username.length() > ProvisionedUser.USERNAME_MAX) {
            throw refused("username_too_long", "The username from '" + properties.usernameClaim() + "' is longer than "
                    + ProvisionedUser.USERNAME_MAX + " characters");
        }
        String name = text(claims.get("name"));
        if (name == null) {
            String given = text(claims.get("given_name"));
            String family = text(claims.get("family_name"));
            name = given == null && family == null ? username
                    : ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        }
        // A provider's name is not typed here, so it is shortened rather than refusing the sign-in.
        if (name.length() > ProvisionedUser.DISPLAY_NAME_MAX) {
            name = name.substring(0, ProvisionedUser.DISPLAY_NAME_MAX);
        }
        String email = text(claims.get("email"));
        if (email != null && (email.length() > ProvisionedUser.EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            email = null;
        }
        return new SignedInIdentity(text(claims.get("iss")), text(claims.get("sub")), username, name, email);
    }

    private static String text(Object value) {
        String text = value == null || value instanceof Collection<?> || value instanceof Map<?, ?> ? null : value.toString().strip();
        return text == null || text.isEmpty() ? null : text;
    }

    private static OAuth2AuthenticationException refused(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
    }

    /** The signed-in OIDC user, named by their Verdict username rather than the provider's {@code sub}. */
    static final class SignedInUser extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;

        private final String username;

        SignedInUser(Collection<? extends GrantedAuthority> roles, OidcIdToken idToken, OidcUserInfo userInfo, String username) {
            super(roles, idToken, userInfo);
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SignedInUser that && super.equals(that) && username.equals(that.username);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + username.hashCode();
        }
    }
}
