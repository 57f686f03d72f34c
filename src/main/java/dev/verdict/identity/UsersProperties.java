package dev.verdict.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

/**
 * The user directory from configuration. Passwords are stored as hashes in Spring Security's
 * {@code {bcrypt}...} form; a plain password is refused at start-up.
 *
 * @param users          the configured users (the five demo users by default)
 * @param passwordSignIn whether they exist at all ({@code verdict.password-sign-in}, default true);
 *                       false leaves single sign-on as the only way in, and the demo users out
 */
@Validated
@ConfigurationProperties("verdict")
public record UsersProperties(@NotEmpty List<@Valid User> users, Boolean passwordSignIn) {

    @ConstructorBinding
    public UsersProperties {
        passwordSignIn = passwordSignIn == null || passwordSignIn;
    }

    /** Configured users who sign in with their password. */
    public UsersProperties(List<User> users) {
        this(users, true);
    }

    /** The users who may sign in with a password: none when password sign-in is off. */
    public List<User> signingInWithPasswords() {
        return passwordSignIn ? users : List.of();
    }

    public record User(
            @NotBlank String username,
            @NotBlank String displayName,
            @Email String email,
            @NotBlank String password,
            Set<String> roles) {

        public Set<String> roles() {
            return roles == null || roles.isEmpty() ? Set.of("USER") : roles;
        }
    }
}
