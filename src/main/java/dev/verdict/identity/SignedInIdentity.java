package dev.verdict.identity;

/**
 * Who an ID token says signed in: the provider's {@code iss} and {@code sub} (the stable pair), and
 * the username, display name and email (may be null) Verdict takes from its claims.
 */
record SignedInIdentity(String issuer, String subject, String username, String displayName, String email) {
}
