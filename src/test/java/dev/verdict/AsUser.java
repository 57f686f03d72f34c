package dev.verdict;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Calls services as a logged-in demo user, the way a request thread would. */
public final class AsUser {

    private AsUser() {
    }

    /** The demo directory's roles: "admin" is an admin, everyone else a user. */
    public static UsernamePasswordAuthenticationToken token(String username) {
        return UsernamePasswordAuthenticationToken.authenticated(username, null, "admin".equals(username)
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER")));
    }

    public static <T> T call(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token(username));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String username, Runnable work) {
        call(username, () -> {
            work.run();
            return null;
        });
    }
}
