package dev.verdict.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What someone writes down: the text for every kind; likelihood, impact, owner and mitigation
 * for a risk; owner and due date for an action item.
 */
public record CaptureDetails(
        @NotBlank(message = "Write what it is about") @Size(max = CaptureKind.TEXT_MAX, message = "Keep it under " + CaptureKind.TEXT_MAX + " characters") String text,
        Level likelihood,
        Level impact,
        String owner,
        @Size(max = CaptureKind.TEXT_MAX, message = "Keep the mitigation under " + CaptureKind.TEXT_MAX + " characters") String mitigation,
        LocalDate dueDate) {

    public static CaptureDetails text(String text) {
        return new CaptureDetails(text, null, null, null, null, null);
    }

    public static CaptureDetails risk(String text, Level likelihood, Level impact, String owner, String mitigation) {
        return new CaptureDetails(text, likelihood, impact, owner, mitigation, null);
    }

    public static CaptureDetails action(String text, String owner, LocalDate dueDate) {
        return new CaptureDetails(text, null, null, owner, null, dueDate);
    }
}
