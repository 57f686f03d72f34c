package dev.verdict.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link SignInThrottle} to the login form's POST {@code /login}: a refused attempt
 * goes back to {@code /login?locked=<seconds>} without its password being checked. Only inside the
 * security filter chain (not a bean, so Spring Boot does not register it a second time for every request).
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final SignInMeters meters;

    SignInThrottleFilter(SignInThrottle throttle, SignInMeters meters) {
        this.throttle = throttle;
        this.meters = meters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var refused = throttle.refusedFor(request.getParameter("username"), request.getRemoteAddr());
        if (refused.isPresent()) {
            meters.throttled();
            long seconds = Math.max(1, (refused.get().toMillis() + 999) / 1000);
            response.sendRedirect(request.getContextPath() + "/login?locked=" + seconds);
            return;
        }
        chain.doFilter(request, response);
    }
}
