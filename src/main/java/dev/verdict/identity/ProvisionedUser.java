package dev.verdict.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Someone who signed in through an OpenID Connect provider, as its ID token described them at the
 * last sign-in. The username never changes once given: every review refers to people by it.
 */
@Entity
@Table(name = "provisioned_user")
class ProvisionedUser {

    static final int USERNAME_MAX = 100;
    static final int DISPLAY_NAME_MAX = 200;
    static final int EMAIL_MAX = 320;

    @Id
    @Column(length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(nullable = false, length = 1000)
    private String issuer;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(name = "first_signed_in", nullable = false)
    private Instant firstSignedIn;

    @Column(name = "last_signed_in", nullable = false)
    private Instant lastSignedIn;

    protected ProvisionedUser() {
    }

    ProvisionedUser(String username, String issuer, String subject, Instant now) {
        this.username = username;
        this.issuer = issuer;
        this.subject = subject;
        this.firstSignedIn = now;
        this.lastSignedIn = now;
    }

    /** What the provider says about the person now; the name and email follow it, the username stays. */
    void signedIn(String displayName, String email, Instant now) {
        this.displayName = displayName;
        this.email = email;
        this.lastSignedIn = now;
    }

    Person person() {
        return new Person(username, displayName, email == null ? "" : email);
    }

    String username() {
        return username;
    }
}
