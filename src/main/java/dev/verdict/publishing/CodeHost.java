package dev.verdict.publishing;

import dev.verdict.repository.CodeHostAccess;
import dev.verdict.repository.CodeHostKind;
import java.util.Optional;

/**
 * The port to a git host's pull-request API (GitHub, GitLab, Gitea/Forgejo, Bitbucket Data
 * Center), one adapter per kind in {@code publishing.host}, each a few HTTP calls with
 * java.net.http and Jackson. Every call may throw {@link CodeHostException}, which says what
 * failed (never the token) and, on a 429, how long the host asked to wait.
 */
public interface CodeHost {

    CodeHostKind kind();

    /**
     * The host's own handle for a Verdict user, to ask them to review: GitHub and Gitea a
     * collaborator's login, GitLab the user's numeric id, Bitbucket the user's name. Empty when the
     * host does not know the user by their Verdict user name (or cannot ask them to review).
     */
    Optional<String> reviewer(CodeHostAccess access, String username);

    /** The open pull request from {@code head} into {@code base}, if there is one. */
    Optional<Opened> findOpen(CodeHostAccess access, String head, String base);

    /** Opens a pull request, asking {@code reviewer} (a handle from {@link #reviewer}) to review when not null. */
    Opened open(CodeHostAccess access, Draft draft);

    /** The pull request's state now. */
    Opened read(CodeHostAccess access, long number);

    /** A pull request to open: from the head branch into the base, its title, Markdown body and reviewer handle (or null). */
    record Draft(String head, String base, String title, String body, String reviewer) {
    }

    /** A pull request on the host: its number (GitLab's iid), web page and state. */
    record Opened(long number, String url, PullRequestState state) {
    }
}
