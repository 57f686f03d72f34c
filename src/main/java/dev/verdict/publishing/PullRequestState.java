package dev.verdict.publishing;

/** Where a publication's pull request stands on the host. */
public enum PullRequestState {
    /** The branch is pushed; opening the pull request waits for the host's API (Verdict keeps trying). */
    PENDING("pending"),
    OPEN("open"),
    /** Merged into the branch: the decision is published. */
    MERGED("merged"),
    /** Closed without merging (Bitbucket: declined). */
    CLOSED("closed");

    private final String label;

    PullRequestState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
