package dev.verdict.publishing;

import dev.verdict.shared.ExpectedFailure;

/**
 * A publication attempt failed and was recorded (WAITING, with its next attempt and a WARN line);
 * thrown so the event publication registry keeps the decision owed, without a second report.
 */
class PublicationPostponed extends RuntimeException implements ExpectedFailure {

    PublicationPostponed(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
