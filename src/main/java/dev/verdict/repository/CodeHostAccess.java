package dev.verdict.repository;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Verdict reaches a repository's host API to open pull requests: the kind of host, the API's
 * base URL (e.g. {@code https://api.github.com}, {@code https://gitlab.com/api/v4}), the project
 * on the host ({@code owner/repo}; GitLab's full path {@code group/sub/project}; Bitbucket's
 * {@code PROJECT/repo}) and the API token. The token is opened for the publisher only and
 * {@link #toString} never shows it.
 */
public record CodeHostAccess(CodeHostKind kind, URI apiBase, String project, String token) {

    private static final Pattern HTTPS = Pattern.compile("^https://(?:[^@/]+@)?([^/:]+)(?::\\d+)?/(.+?)(?:\\.git)?/?$");
    private static final Pattern SSH = Pattern.compile("^(?:ssh://)?[^@/]+@([^/:]+)(?::\\d+)?[:/](.+?)(?:\\.git)?/?$");

    public boolean hasToken() {
        return token != null && !token.isEmpty();
    }

    /**
     * What an admin left out, taken from the repository's git URL: github.com and gitlab.com are
     * recognised on their own; for another host the kind must be configured, and then the API base
     * is {@code https://<host>} plus the kind's API path and the project is the URL's path
     * (Bitbucket's {@code /scm/} prefix dropped). Empty when the kind is neither configured nor
     * obvious, or the project cannot be told.
     *
     * @param gitUrl the repository's git URL (https, ssh or scp-like; a local path only with a configured API base and project)
     * @param kind    the configured kind, null to recognise it from the URL
     * @param apiBase the configured API base URL, null or blank to derive it
     * @param project the configured project, null or blank to derive it
     * @param token   the API token (configured, or the https git credential's)
     */
    public static Optional<CodeHostAccess> resolve(String gitUrl, CodeHostKind kind, String apiBase, String project,
                                                   String token) {
        Matcher m = gitUrl == null ? null : HTTPS.matcher(gitUrl.strip());
        if (m != null && !m.matches()) {
            m = SSH.matcher(gitUrl.strip());
        }
        String host = m != null && m.matches() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
        String path = m != null && m.matches() ? m.group(2) : null;
        CodeHostKind k = kind != null ? kind
                : "github.com".equals(host) ? CodeHostKind.GITHUB
                : "gitlab.com".equals(host) ? CodeHostKind.GITLAB : null;
        if (k == null) {
            return Optional.empty();
        }
        String base = blank(apiBase) ? null : apiBase.strip().replaceAll("/+$", "");
        if (base == null && host != null) {
            base = switch (host) {
                case "github.com" -> "https://api.github.com";
                case "gitlab.com" -> "https://gitlab.com/api/v4";
                default -> "https://" + host + k.apiPath();
            };
        }
        String p = blank(project) ? path : project.strip().replaceAll("^/+|/+$", "");
        if (p != null && k == CodeHostKind.BITBUCKET_DATA_CENTER && blank(project)) {
            p = p.replaceFirst("^scm/", "");
        }
        if (base == null || p == null || !p.contains("/")) {
            return Optional.empty();
        }
        return Optional.of(new CodeHostAccess(k, URI.create(base), p, blank(token) ? null : token));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "CodeHostAccess[" + kind + ", " + apiBase + ", " + project + ", token=" + (hasToken() ? "****" : "none") + "]";
    }
}
