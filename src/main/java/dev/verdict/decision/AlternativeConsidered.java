package dev.verdict.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** An option the review weighed, and why it was not chosen. */
@Embeddable
public record AlternativeConsidered(
        @Column(name = "name", nullable = false, length = 300)
        @Size(max = 300, message = "Keep an alternative's name under 300 characters") String name,
        @Column(name = "why_not", nullable = false, length = 2000)
        @Size(max = 2000, message = "Keep why an alternative was not chosen under 2000 characters") String whyNot) {
}
