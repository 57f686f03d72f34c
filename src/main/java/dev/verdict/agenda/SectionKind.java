package dev.verdict.agenda;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The gold-standard design-doc sections of the review practice, with the names the KEP and Rust
 * RFC templates (and people) give them. Order matters: the first kind whose synonym matches wins.
 */
public enum SectionKind {
    NON_GOALS("Non-goals", List.of("non-goals", "non goals", "nongoals", "out of scope")),
    PROBLEM("Problem and user impact", List.of("problem", "user impact", "motivation", "background", "context")),
    GOALS("Goals", List.of("goals", "objectives", "requirements")),
    CONSTRAINTS("Constraints", List.of("constraints", "invariants", "assumptions", "caveats", "limitations")),
    ALTERNATIVES("Alternatives and tradeoffs", List.of("alternatives", "tradeoffs", "trade-offs", "trade offs",
            "rationale and alternatives", "options considered", "drawbacks")),
    ROLLBACK("Rollback", List.of("rollback", "roll back", "roll-back", "upgrade / downgrade strategy",
            "downgrade", "disable", "backout", "back out")),
    FAILURE_MODES("Failure modes", List.of("failure modes", "failure mode", "risks and mitigations", "risks",
            "failure", "what if", "troubleshooting")),
    OBSERVABILITY("Observability", List.of("observability", "monitoring", "metrics", "alerting", "dashboards")),
    ROLLOUT("Rollout", List.of("rollout", "roll out", "roll-out", "launch", "graduation criteria", "test plan",
            "deployment", "migration", "production readiness")),
    OPEN_QUESTIONS("Open questions", List.of("open questions", "unresolved questions", "open issues", "questions")),
    OWNER("Owner and approver", List.of("owner", "approver", "approval", "authors", "reviewers", "sign-off")),
    SOLUTION("Proposed solution", List.of("proposed solution", "proposal", "detailed design", "design details",
            "reference-level explanation", "guide-level explanation", "design", "solution", "approach",
            "architecture"));

    private final String label;
    private final List<String> synonyms;

    SectionKind(String label, List<String> synonyms) {
        this.label = label;
        this.synonyms = synonyms;
    }

    public String label() {
        return label;
    }

    /** What a heading is about, judged from its normalized title; empty when it is none of these. */
    public static Optional<SectionKind> of(String normalizedTitle) {
        String words = words(normalizedTitle);
        return Stream.of(values())
                .filter(kind -> kind.synonyms.stream().anyMatch(s -> words.contains(" " + s + " ")))
                .findFirst();
    }

    /** Every kind a title speaks of: "Rollout, Upgrade and Rollback Planning" is rollout and rollback. */
    public static List<SectionKind> allOf(String normalizedTitle) {
        String words = words(normalizedTitle);
        return Stream.of(values())
                .filter(kind -> kind.synonyms.stream().anyMatch(s -> words.contains(" " + s + " ")))
                .toList();
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The title as space-separated words, padded, so a synonym matches whole words only. */
    private static String words(String title) {
        return " " + SPACES.matcher(title.replace("&", " and ").replace("/", " / ")).replaceAll(" ") + " ";
    }
}
