package dev.verdict.repository;

/** A repository setting that cannot be used; the message says what to do instead. */
public class InvalidRepositoryException extends RuntimeException {
    public InvalidRepositoryException(String message) {
        super(message);
    }
}
