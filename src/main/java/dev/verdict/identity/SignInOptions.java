package dev.verdict.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.stereotype.Service;

/**
 * The ways to sign in that the login page offers: the password form where users are configured,
 * and one button per OpenID Connect provider configured under
 * {@code spring.security.oauth2.client.registration.*} (authorization code, {@code openid} scope).
 * Refuses to start when neither exists, since nobody could sign in.
 */
@Service
public class SignInOptions {

    /** Where Spring Security starts a sign-in with a registration. */
    static final String AUTHORIZATION_PATH = "/oauth2/authorization/";

    /**
     * A provider button.
     *
     * @param registrationId the key under {@code spring.security.oauth2.client.registration}
     * @param name           its {@code client-name} (the registration id when unset), shown as "Sign in with {name}"
     * @param path           the path that starts the sign-in, without the context path
     */
    public record Provider(String registrationId, String name, String path) {
    }

    private final boolean passwords;
    private final List<Provider> providers;

    SignInOptions(UserDirectory directory, ObjectProvider<ClientRegistrationRepository> registrations) {
        this.passwords = directory.hasPasswordUsers();
        this.providers = providers(registrations.getIfAvailable());
        if (!passwords && providers.isEmpty()) {
            throw new IllegalStateException("Nobody could sign in: verdict.password-sign-in is false and no OpenID Connect "
                    + "provider is configured under spring.security.oauth2.client.registration");
        }
    }

    /** Whether the password form is shown: some users are configured. */
    public boolean passwords() {
        return passwords;
    }

    /** The OpenID Connect providers in their configured order; empty without any. */
    public List<Provider> providers() {
        return providers;
    }

    /** The provider with this registration id, if it is one of the {@link #providers()}. */
    public Optional<Provider> provider(String registrationId) {
        return providers.stream().filter(p -> p.registrationId().equals(registrationId)).findFirst();
    }

    private static List<Provider> providers(ClientRegistrationRepository repository) {
        List<Provider> found = new ArrayList<>();
        if (repository instanceof Iterable<?> registrations) {
            for (Object each : registrations) {
                if (each instanceof ClientRegistration registration && isOpenIdConnect(registration)) {
                    found.add(new Provider(registration.getRegistrationId(), registration.getClientName(),
                            AUTHORIZATION_PATH + registration.getRegistrationId()));
                }
            }
        }
        return List.copyOf(found);
    }

    static boolean isOpenIdConnect(ClientRegistration registration) {
        return AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())
                && registration.getScopes().contains(OidcScopes.OPENID);
    }
}
