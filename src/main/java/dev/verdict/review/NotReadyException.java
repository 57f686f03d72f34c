package dev.verdict.review;

import java.util.List;

/** The doc lacks what a review must not start without; the moderator may override with a reason. */
public class NotReadyException extends RuntimeException {

    private final List<String> blockers;

    public NotReadyException(List<String> blockers) {
        super(String.join("; ", blockers) + ". Add it to the doc, or override with a reason to start anyway.");
        this.blockers = List.copyOf(blockers);
    }

    public List<String> blockers() {
        return blockers;
    }
}
