package dev.verdict.revisit;

/** A revisit the rules refuse (the review is not decided yet); the message says why. */
public class InvalidRevisitException extends RuntimeException {

    public InvalidRevisitException(String message) {
        super(message);
    }
}
