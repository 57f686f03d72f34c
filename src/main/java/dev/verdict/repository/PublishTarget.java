package dev.verdict.repository;

/**
 * Where a decision is published: the repository (with its credentials, for the git adapter only),
 * its ADR convention and folders, whether to push to the branch or to a pull-request branch, and
 * the host API that opens the pull request ({@code codeHost}, null when not known; ADR 26).
 */
public record PublishTarget(String name, RepositoryMirror.Target target, AdrConvention convention, String adrDir,
                            String summaryDir, PublishMode mode, CodeHostAccess codeHost) {

    /** A target whose host API is not known. */
    public PublishTarget(String name, RepositoryMirror.Target target, AdrConvention convention, String adrDir,
                         String summaryDir, PublishMode mode) {
        this(name, target, convention, adrDir, summaryDir, mode, null);
    }

    @Override
    public String toString() {
        return "PublishTarget[" + name + ", " + target + ", " + convention + "]";
    }
}
