package dev.verdict.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How an OpenID Connect provider's ID token becomes a Verdict user ({@code verdict.oidc.*}); the
 * providers themselves are Spring's standard {@code spring.security.oauth2.client.*} properties.
 *
 * @param usernameClaim the claim that names the user (default {@code preferred_username}; Entra ID
 *                      users may prefer {@code upn} or {@code email})
 * @param adminClaim    the claim listing the user's groups or roles (default {@code groups}); a
 *                      name with dots such as Keycloak's {@code realm_access.roles} is followed
 *                      into nested objects when no claim has that exact name
 * @param adminValue    the group or role in {@code adminClaim} that makes an admin; unset: nobody
 *                      becomes an admin by signing in
 */
@ConfigurationProperties("verdict.oidc")
public record SingleSignOnProperties(String usernameClaim, String adminClaim, String adminValue) {

    public SingleSignOnProperties {
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim.strip();
        adminClaim = adminClaim == null || adminClaim.isBlank() ? "groups" : adminClaim.strip();
        adminValue = adminValue == null || adminValue.isBlank() ? null : adminValue.strip();
    }

    /** Whether these claims (an ID token's, with the user info's) hold the admin group or role. */
    public boolean isAdmin(Map<String, Object> claims) {
        if (adminValue == null) {
            return false;
        }
        return switch (claim(claims, adminClaim)) {
            case Collection<?> values -> values.stream().anyMatch(v -> adminValue.equals(String.valueOf(v)));
            case String value -> adminValue.equals(value) || Arrays.asList(value.split("[ ,]+")).contains(adminValue);
            case null, default -> false;
        };
    }

    /** The claim by its exact name, else by its dotted path into nested objects; null when absent. */
    static Object claim(Map<String, ?> claims, String name) {
        if (claims.containsKey(name)) {
            return claims.get(name);
        }
        Object current = claims;
        for (String part : name.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
