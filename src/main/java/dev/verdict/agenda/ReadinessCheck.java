package dev.verdict.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks a design doc against the gold-standard sections of the review practice (problem with
 * user impact and a metric, goals, non-goals, constraints, proposed solution, alternatives and
 * tradeoffs, failure modes, observability, rollout, rollback, open questions, owner and
 * approver), recognising the names the KEP and Rust RFC templates use.
 */
@Component
public class ReadinessCheck {

    /** A section with fewer words than this says too little to review. */
    static final int THIN_BELOW_WORDS = 5;
    private static final Pattern METRIC = Pattern.compile("\\d");
    private static final Pattern OWNER_LINE = Pattern.compile("(?im)^\\s*[-*]?\\s*\\**(owner|approver|authors?|tech lead|reviewers?)\\**\\s*:");

    public Readiness check(String markdown) {
        List<DocOutline.Section> all = DocOutline.of(markdown).stream().flatMap(s -> s.flatten().stream()).toList();
        List<Readiness.Finding> findings = new ArrayList<>();
        for (SectionKind kind : SectionKind.values()) {
            List<DocOutline.Section> matches = all.stream()
                    .filter(s -> SectionKind.allOf(s.normalizedTitle()).contains(kind))
                    .toList();
            findings.add(finding(kind, matches, markdown));
        }
        return new Readiness(findings);
    }

    private static Readiness.Finding finding(SectionKind kind, List<DocOutline.Section> matches, String markdown) {
        List<String> where = matches.stream().map(DocOutline.Section::title).toList();
        if (matches.isEmpty()) {
            if (kind == SectionKind.OWNER && OWNER_LINE.matcher(markdown).find()) {
                return new Readiness.Finding(kind, Readiness.Status.PRESENT, List.of("an Owner/Approver line"), "");
            }
            return new Readiness.Finding(kind, Readiness.Status.MISSING, where, "No section about " + kind.label().toLowerCase());
        }
        int words = matches.stream().mapToInt(DocOutline.Section::words).max().orElse(0);
        if (words < THIN_BELOW_WORDS) {
            return new Readiness.Finding(kind, Readiness.Status.THIN, where, "Only " + words + " words");
        }
        if (kind == SectionKind.PROBLEM && matches.stream().noneMatch(s -> METRIC.matcher(s.body()).find())) {
            return new Readiness.Finding(kind, Readiness.Status.THIN, where, "No metric for the user impact");
        }
        return new Readiness.Finding(kind, Readiness.Status.PRESENT, where, "");
    }
}
