package dev.verdict.repository;

/** The outcome of "Test connection": what works, or exactly what failed. */
public record ConnectionReport(boolean ok, String problem, String headCommit, AdrConvention convention, String adrDir) {
}
