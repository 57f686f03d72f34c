package dev.verdict.repository;

/** How a repository keeps its ADRs. */
public enum AdrConvention {
    /** Nat Pryce's adr-tools: `.adr-dir`, NNNN-slug.md, Nygard sections. */
    ADR_TOOLS("adr-tools"),
    /** MADR: YAML front matter (status, date, decision-makers), in docs/decisions. */
    MADR("MADR"),
    /** log4brains: `.log4brains.yml`, YYYYMMDD-slug.md, bullet metadata. */
    LOG4BRAINS("log4brains");

    private final String label;

    AdrConvention(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
