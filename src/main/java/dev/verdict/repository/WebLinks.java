package dev.verdict.repository;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A file's web page at one commit, derived from the repository's git URL where the host's shape is
 * known: GitHub ({@code https://github.com/o/r(.git)} or {@code git@github.com:o/r.git} gives
 * {@code https://github.com/o/r/blob/<commit>/<path>}) and GitLab ({@code .../-/blob/<commit>/<path>}).
 * Credentials in the URL never reach the link. Any other host gives nothing: the writers then
 * name the path and the commit in text (and the chat module links to Verdict's own page).
 */
public final class WebLinks {

    private static final Pattern HTTPS = Pattern.compile("^https://(?:[^@/]+@)?(github\\.com|gitlab\\.com)/(.+?)(?:\\.git)?/?$");
    private static final Pattern SCP_OR_SSH = Pattern.compile("^(?:ssh://)?git@(github\\.com|gitlab\\.com)[:/](.+?)(?:\\.git)?/?$");

    private WebLinks() {
    }

    /**
     * A commit's web page: {@code https://github.com/o/r/commit/<commit>} or GitLab's
     * {@code .../-/commit/<commit>}; empty for any other host.
     */
    public static Optional<String> commit(String gitUrl, String commit) {
        if (gitUrl == null || commit == null || !commit.matches("[0-9a-f]{7,64}")) {
            return Optional.empty();
        }
        return hosted(gitUrl).map(m -> "https://" + m.group(1) + "/" + m.group(2)
                + (m.group(1).equals("gitlab.com") ? "/-/commit/" : "/commit/") + commit);
    }

    private static Optional<Matcher> hosted(String gitUrl) {
        Matcher m = HTTPS.matcher(gitUrl.strip());
        if (!m.matches()) {
            m = SCP_OR_SSH.matcher(gitUrl.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(m);
    }

    public static Optional<String> blob(String gitUrl, String commit, String path) {
        if (gitUrl == null || commit == null || path == null) {
            return Optional.empty();
        }
        var hosted = hosted(gitUrl);
        if (hosted.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = hosted.get();
        String host = m.group(1);
        String blob = host.equals("gitlab.com") ? "/-/blob/" : "/blob/";
        String encodedPath = Arrays.stream(path.split("/"))
                .map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
        return Optional.of("https://" + host + "/" + m.group(2) + blob + commit + "/" + encodedPath);
    }
}
