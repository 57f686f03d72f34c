package dev.verdict.tracker;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Opens the adapter for a tracker: one HTTP client for all (connect timeout from
 * {@link TrackerProperties}, redirects not followed, so a token is never sent to another host).
 */
@Component
class IssueTrackers {

    /** How far before the outbox row a marker search reaches: the tracker's clock may run behind Verdict's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    private final TrackerProperties properties;
    private final Clock clock;
    private final HttpClient http;

    IssueTrackers(TrackerProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.getConnectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The adapter for a tracker, holding its token for this attempt only. */
    IssueTracker open(TrackerKind kind, String baseUrl, String project, String token) {
        var tracker = new TrackerHttp(http, properties.getRequestTimeout(), clock, baseUrl,
                kind.label() + " at " + host(baseUrl), project.strip(), token);
        return switch (kind) {
            case GITHUB -> new GitHubIssues(tracker, project.strip(), token);
            case GITLAB -> new GitLabIssues(tracker, project.strip(), token);
            case JIRA_CLOUD -> new JiraIssues(tracker, project.strip(), token, true);
            case JIRA_DATA_CENTER -> new JiraIssues(tracker, project.strip(), token, false);
            case GITEA -> new GiteaIssues(tracker, project.strip(), token);
        };
    }

    /** The host of a base URL, all that pages and logs show of a tracker. */
    static String host(String url) {
        try {
            URI uri = URI.create(url.strip());
            return uri.getHost() == null ? "unknown host" : uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "unknown host";
        }
    }

    /** One path segment or query value, percent-encoded (a space as %20, a slash as %2F). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code owner/repo} with each part encoded, the slash kept. */
    static String ownerRepo(String project) {
        int slash = project.indexOf('/');
        if (slash < 1 || slash == project.length() - 1 || project.indexOf('/', slash + 1) >= 0) {
            return encode(project);
        }
        return encode(project.substring(0, slash)) + "/" + encode(project.substring(slash + 1));
    }

    /** The instant a marker search starts from, ISO-8601 as GitHub, GitLab and Gitea take it. */
    static String since(Instant createdFrom) {
        return createdFrom.minus(CLOCK_SKEW).toString();
    }
}
