package dev.verdict.identity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * {@code verdict.signin.failures} (counter) for operators (issue 17, O2), tagged {@code reason}:
 * {@code password} (a wrong name or password in the login form), {@code single_sign_on} (the
 * OpenID Connect provider's answer was refused) or {@code throttled} (an attempt turned away by the
 * {@link SignInThrottle} before its password was checked). Never tagged with the name tried: a
 * metric is not an audit trail, and names typed in the wrong field are often passwords.
 */
@Component
class SignInMeters {

    private final Counter password;
    private final Counter singleSignOn;
    private final Counter throttled;

    SignInMeters(MeterRegistry meters) {
        password = counter(meters, "password");
        singleSignOn = counter(meters, "single_sign_on");
        throttled = counter(meters, "throttled");
    }

    private static Counter counter(MeterRegistry meters, String reason) {
        return Counter.builder("verdict.signin.failures")
                .description("Failed or refused sign-in attempts")
                .tag("reason", reason)
                .register(meters);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        (event.getAuthentication() instanceof OAuth2LoginAuthenticationToken ? singleSignOn : password).increment();
    }

    void throttled() {
        throttled.increment();
    }
}
