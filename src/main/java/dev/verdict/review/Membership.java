package dev.verdict.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
record Membership(
        @Column(name = "username", nullable = false, length = 100) String username,
        @Enumerated(EnumType.STRING) @Column(name = "role", nullable = false, length = 20) ReviewRole role) {
}
