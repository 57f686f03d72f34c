package dev.verdict.decision;

import java.util.List;

/** The meeting cannot close yet; lists every missing piece at once. */
public class IncompleteDecisionException extends RuntimeException {

    private final List<String> missing;

    public IncompleteDecisionException(List<String> missing) {
        super("The decision record is incomplete: " + String.join("; ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
