package dev.verdict.identity;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.verdict.identity.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
class SecurityConfiguration {

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
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle) throws Exception {
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
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
