package dev.verdict.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.client.RestClientResponseException;

/**
 * A single sign-on that failed (a refused client secret, a cancelled consent, a token Verdict will
 * not take) goes back to the login page as {@code /login?sso-error=<OAuth2 error code>&provider=<registration id>},
 * which says what happened in words; the details go to the log for the administrator.
 */
class SingleSignOnFailure implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnFailure.class);
    private static final String CALLBACK = "/login/oauth2/code/";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String code = refusedClient(exception) ? "invalid_client"
                : exception instanceof OAuth2AuthenticationException oauth2 ? oauth2.getError().getErrorCode() : "server_error";
        String path = request.getServletPath();
        String provider = path.startsWith(CALLBACK) ? path.substring(CALLBACK.length()) : "";
        log.warn("Single sign-on with '{}' failed: {}", provider, exception.getMessage());
        response.sendRedirect(request.getContextPath() + "/login?sso-error=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + (provider.isEmpty() ? "" : "&provider=" + URLEncoder.encode(provider, StandardCharsets.UTF_8)));
    }

    /**
     * Whether the provider's token endpoint refused Verdict itself (401: a wrong client id or
     * secret). Spring reports that as {@code invalid_token_response}, the same code as a garbled
     * answer, so the status underneath tells them apart.
     */
    private static boolean refusedClient(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RestClientResponseException http && http.getStatusCode().value() == 401) {
                return true;
            }
        }
        return false;
    }
}
