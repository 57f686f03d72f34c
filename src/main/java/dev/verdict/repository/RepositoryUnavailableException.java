package dev.verdict.repository;

/** The repository could not be reached or read; the message says what failed, in words a person can act on. */
public class RepositoryUnavailableException extends RuntimeException {

    public RepositoryUnavailableException(String message) {
        super(message);
    }
}
