package dev.verdict.repository;

/** How decisions reach a repository: onto its branch, or onto a new branch for a pull request. */
public enum PublishMode {
    PUSH("Push to the branch"),
    PULL_REQUEST("Open a pull request from a design-review/<slug> branch");

    private final String label;

    PublishMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
