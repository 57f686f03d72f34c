package dev.verdict.identity;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.verdict.identity.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /** Where a provider sends the browser after ending its session: register it at the provider as a post-logout redirect URI. */
    static final String POST_LOGOUT_REDIRECT_URI = "{baseUrl}/login";

    /**
     * The Content-Security-Policy Vaadin Flow 25.2 allows: its bootstrap page starts the client
     * engine with an inline script, and the engine builds functions from the JavaScript the server
     * sends, hence {@code 'unsafe-inline' 'unsafe-eval'} for scripts and inline styles (Vaadin's
     * "Content Security Policy" page). Everything else is this origin only: no plug-ins, no
     * framing by other sites, forms post only here; {@code data:} images and fonts for Lumo's icons.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle,
            ObjectProvider<ClientRegistrationRepository> registrations, OidcSignIn oidcSignIn) throws Exception {
        http.addFilterBefore(new SignInThrottleFilter(throttle), org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        // X-Content-Type-Options: nosniff is on by Spring Security's default; the rest is said here.
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                .frameOptions(frame -> frame.deny())
                // Written before the request goes on: Vaadin's pages are forwarded to its servlet and
                // committed there, past the point where Spring Security would add them on commit.
                .addObjectPostProcessor(new org.springframework.security.config.ObjectPostProcessor<
                        org.springframework.security.web.header.HeaderWriterFilter>() {
                    @Override
                    public <O extends org.springframework.security.web.header.HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**").permitAll()
                // Mermaid's script from its webjar: a public library, drawn into docs the reader shows.
                .requestMatchers("/webjars/mermaid/**").permitAll()
                // The STOMP feed: logged-in users only; which topics they may read is checked per subscription.
                .requestMatchers("/ws", "/ws/**").authenticated());
        var providers = registrations.getIfAvailable();
        if (providers != null) {
            // Single sign-on beside the login form, only where spring.security.oauth2.client.* names a provider.
            http.oauth2Login(oauth2 -> oauth2
                    .loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo
                            .oidcUserService(oidcSignIn)
                            .userService(request -> {
                                throw new OAuth2AuthenticationException(new OAuth2Error("not_openid_connect",
                                        "Verdict signs in with OpenID Connect only: add the openid scope to this registration", null));
                            }))
                    .failureHandler(new SingleSignOnFailure()));
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class);
            if (providers != null) {
                vaadin.logoutSuccessHandler(providerLogout(providers));
            }
        }).build();
    }

    /**
     * Logging out of Verdict also ends the provider's session where it supports RP-initiated
     * logout (its discovery document names an {@code end_session_endpoint}); it then sends the
     * browser back to {@code /login}. A password user, or a provider without that endpoint, lands
     * on {@code /} as before.
     */
    private static LogoutSuccessHandler providerLogout(ClientRegistrationRepository providers) {
        var handler = new OidcClientInitiatedLogoutSuccessHandler(providers);
        handler.setPostLogoutRedirectUri(POST_LOGOUT_REDIRECT_URI);
        handler.setDefaultTargetUrl("/");
        // The logout runs inside a Vaadin request; this strategy has the browser follow the redirect.
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
