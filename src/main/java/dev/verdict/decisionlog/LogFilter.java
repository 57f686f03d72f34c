package dev.verdict.decisionlog;

/**
 * What the decision log is narrowed to; a null or blank field does not narrow it.
 *
 * @param status      a status group ("Accepted"), as {@link LogChoices#statuses()} lists them
 * @param repository  a repository's name
 * @param tag         one tag, compared case-insensitively
 * @param decider     one decider's name as the log lists it
 * @param dueForRevisit only decisions whose revisit date has come
 * @param text        full-text search over titles, tags and the ADRs' text: words (all must match), "a phrase", prefix*, -without
 */
public record LogFilter(String status, String repository, String tag, String decider, boolean dueForRevisit, String text) {

    public static final LogFilter NONE = new LogFilter(null, null, null, null, false, null);

    public LogFilter withText(String text) {
        return new LogFilter(status, repository, tag, decider, dueForRevisit, text);
    }
}
