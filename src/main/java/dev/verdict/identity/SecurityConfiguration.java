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

    /**
     * {@code /actuator/prometheus} for a Prometheus scraper only: HTTP Basic with the scrape
     * credential ({@code verdict.metrics.scrape-username}, default {@code prometheus}, and
     * {@code verdict.metrics.scrape-password}, plain or encoded as {@code {bcrypt}…}), no session, no
     * login page. Without a scrape password every request is refused (401): metrics say how many
     * reviews run and who fails to sign in, which is not for the public. Checked before the app's own
     * chain; people's sign-ins and roles do not open it.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain metricsScrape(HttpSecurity http, PasswordEncoder encoder,
            @org.springframework.beans.factory.annotation.Value("${verdict.metrics.scrape-username:prometheus}") String username,
            @org.springframework.beans.factory.annotation.Value("${verdict.metrics.scrape-password:}") String password) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName("Verdict metrics").authenticationEntryPoint(scrapeChallenge()))
                // A scraper is told 401 with the Basic challenge, never sent to the login page.
                .exceptionHandling(errors -> errors.authenticationEntryPoint(scrapeChallenge()));
        if (password.isBlank()) {
            http.authorizeHttpRequests(auth -> auth.anyRequest().denyAll());
            http.authenticationManager(authentication -> {
                throw new org.springframework.security.authentication.BadCredentialsException("No scrape credential is configured");
            });
        } else {
            String encoded = password.startsWith("{") ? password : encoder.encode(password);
            var scraper = org.springframework.security.core.userdetails.User.withUsername(username)
                    .password(encoded).roles(METRICS_SCRAPER).build();
            var provider = new org.springframework.security.authentication.dao.DaoAuthenticationProvider(
                    new org.springframework.security.provisioning.InMemoryUserDetailsManager(scraper));
            provider.setPasswordEncoder(encoder);
            http.authenticationManager(new org.springframework.security.authentication.ProviderManager(provider));
            http.authorizeHttpRequests(auth -> auth.anyRequest().hasRole(METRICS_SCRAPER));
        }
        return http.build();
    }

    /**
     * 401 with the Basic challenge, set on the response rather than through {@code sendError}: an
     * error dispatch would pass the app's own chain, which sends people to the login page (302).
     */
    private static org.springframework.security.web.AuthenticationEntryPoint scrapeChallenge() {
        return (request, response, refused) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Verdict metrics\"");
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_UNAUTHORIZED);
        };
    }

    /** The role of the scrape credential; no person holds it. */
    static final String METRICS_SCRAPER = "METRICS_SCRAPER";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle, SignInMeters signInMeters,
            ObjectProvider<ClientRegistrationRepository> registrations, OidcSignIn oidcSignIn) throws Exception {
        http.addFilterBefore(new SignInThrottleFilter(throttle, signInMeters), org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
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
