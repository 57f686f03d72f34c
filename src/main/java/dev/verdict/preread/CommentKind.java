package dev.verdict.preread;

/** What a pre-read comment is. */
public enum CommentKind {
    QUESTION("Question"), CONCERN("Concern"), SUGGESTION("Suggestion"), NIT("Nit");

    private final String label;

    CommentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
