package dev.verdict.publishing;

/** The repository could not take the commit; the message is safe to show (no secrets, no URLs with credentials). */
public class ArchiveException extends RuntimeException {
    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
