package dev.verdict.repository;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The remote URLs Verdict accepts: https, ssh (also git@host:path), and a local path only when
 * the operator allows it. Everything else (ext::, git://, file://, plain http, bundles) is
 * refused, and so is a URL that carries a password or token.
 */
public record RepositoryUrl(String value, Kind kind) {

    public enum Kind { HTTPS, SSH, LOCAL }

    static final String SCHEMES = "Use an https:// or ssh:// URL (or git@host:path)";
    private static final Pattern SCP_LIKE = Pattern.compile("^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:(?!//)[^\\s]+$");

    public static RepositoryUrl of(String raw, boolean allowLocal) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidRepositoryException("Enter the repository's URL. " + SCHEMES + ".");
        }
        String url = raw.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".bundle")) {
            throw new InvalidRepositoryException("Git bundles cannot be connected. " + SCHEMES + ".");
        }
        if (lower.contains("::")) {
            throw new InvalidRepositoryException("Remote helpers such as ext:: are not allowed. " + SCHEMES + ".");
        }
        if (SCP_LIKE.matcher(url).matches()) {
            return new RepositoryUrl(url, Kind.SSH);
        }
        if (lower.startsWith("https://") || lower.startsWith("ssh://")) {
            URI uri = parse(url);
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new InvalidRepositoryException("The URL has no host. " + SCHEMES + ".");
            }
            String userInfo = uri.getRawUserInfo();
            boolean https = lower.startsWith("https://");
            if (userInfo != null && (https || userInfo.contains(":"))) {
                throw new InvalidRepositoryException("Do not put a user, password or token in the URL: "
                        + "enter them in the credential fields, where they are stored encrypted.");
            }
            return new RepositoryUrl(url, https ? Kind.HTTPS : Kind.SSH);
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new InvalidRepositoryException("The " + lower.substring(0, lower.indexOf(':'))
                    + ":// scheme is not allowed. " + SCHEMES + ".");
        }
        if (Path.of(url).isAbsolute()) {
            if (!allowLocal) {
                throw new InvalidRepositoryException("Local paths are not allowed on this server. " + SCHEMES + ".");
            }
            return new RepositoryUrl(Path.of(url).normalize().toString(), Kind.LOCAL);
        }
        throw new InvalidRepositoryException("Not a repository URL. " + SCHEMES
                + (allowLocal ? ", or an absolute local path." : "."));
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidRepositoryException("The URL is not well formed. " + SCHEMES + ".");
        }
    }
}
