package dev.verdict.agenda;

import java.util.List;

/** How a design doc measures up to the gold-standard sections, and whether the review may start. */
public record Readiness(List<Finding> findings) {

    public enum Status { PRESENT, THIN, MISSING }

    /** One gold-standard section: found where, and how well. */
    public record Finding(SectionKind kind, Status status, List<String> foundIn, String note) {
    }

    public Finding of(SectionKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    /** What keeps the meeting from starting: no rollback plan, no failure modes. */
    public List<String> blockers() {
        return findings.stream()
                .filter(f -> f.status() == Status.MISSING)
                .filter(f -> f.kind() == SectionKind.ROLLBACK || f.kind() == SectionKind.FAILURE_MODES)
                .map(f -> "The doc has no " + f.kind().label().toLowerCase() + " section")
                .toList();
    }

    public boolean blocksStart() {
        return !blockers().isEmpty();
    }
}
