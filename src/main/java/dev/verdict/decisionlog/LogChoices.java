package dev.verdict.decisionlog;

import java.util.List;

/** The values the decision log's filters offer: those of the decisions the caller can see, sorted. */
public record LogChoices(List<String> statuses, List<String> repositories, List<String> tags, List<String> deciders) {
}
