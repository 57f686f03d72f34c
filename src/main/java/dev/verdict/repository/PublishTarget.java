package dev.verdict.repository;

/**
 * Where a decision is published: the repository (with its credentials, for the git adapter only),
 * its ADR convention and folders, and whether to push to the branch or to a pull-request branch.
 */
public record PublishTarget(String name, RepositoryMirror.Target target, AdrConvention convention, String adrDir,
                            String summaryDir, PublishMode mode) {

    @Override
    public String toString() {
        return "PublishTarget[" + name + ", " + target + ", " + convention + "]";
    }
}
