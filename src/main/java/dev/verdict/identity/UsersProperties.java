package dev.verdict.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The user directory from configuration. Passwords are stored as hashes in Spring Security's
 * {@code {bcrypt}...} form; a plain password is refused at start-up.
 */
@Validated
@ConfigurationProperties("verdict")
public record UsersProperties(@NotEmpty List<@Valid User> users) {

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
