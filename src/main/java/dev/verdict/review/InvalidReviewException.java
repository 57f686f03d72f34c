package dev.verdict.review;

/** A review request that breaks a rule of the domain; the message is meant for the user. */
public class InvalidReviewException extends RuntimeException {
    public InvalidReviewException(String message) {
        super(message);
    }
}
