package dev.verdict.preread;

/** A comment that breaks a rule (empty, too long, wrong section); the message says which. */
public class InvalidCommentException extends RuntimeException {

    public InvalidCommentException(String message) {
        super(message);
    }
}
