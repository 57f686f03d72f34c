package dev.verdict.identity;

import dev.verdict.shared.SystemActor;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of a service method. Background work (publishing, room displays) runs as the system
 * actor: a flag on the running thread, so no login and no configured role can ever become it,
 * and Vaadin's session-bound security context cannot hide it.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The logged-in user's name; refuses anonymous callers. */
    public static String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Please log in first");
        }
        return auth.getName();
    }

    /** The signed-in user's name, or empty when nobody is signed in (a session closing at logout). */
    public static Optional<String> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                ? Optional.empty() : Optional.of(auth.getName());
    }

    /** An operator with the ADMIN role (from configuration). */
    public static boolean isAdmin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    /**
     * Lets only an admin on.
     *
     * @param refusal what anyone else is told: "Only an admin configures chat webhooks"
     * @throws AccessDeniedException for an anonymous caller ("Please log in first") or anyone but an admin ({@code refusal})
     */
    public static void requireAdmin(String refusal) {
        username();
        if (!isAdmin()) {
            throw new AccessDeniedException(refusal);
        }
    }

    public static boolean isSystem() {
        return SystemActor.active();
    }

    /** Runs work with the system actor's rights on this thread, restoring what was there before. */
    public static <T> T asSystem(Supplier<T> work) {
        return SystemActor.run(work);
    }
}
