package dev.verdict.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What follows from the decision: good, bad or neither. */
@Embeddable
public record Consequence(
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 10) @NotNull Kind kind,
        @Column(name = "body", nullable = false, length = 2000)
        @Size(max = 2000, message = "Keep a consequence under 2000 characters") String text) {

    public enum Kind {
        POSITIVE("Positive"), NEGATIVE("Negative"), NEUTRAL("Neutral");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
