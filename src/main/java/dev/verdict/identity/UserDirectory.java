package dev.verdict.identity;

import dev.verdict.shared.AuditLog;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who can log in, and the source of truth for their names and emails: the users from
 * configuration (who sign in with a password) and the users provisioned from an OpenID Connect
 * provider's ID token at their first single sign-on, in one directory. A configured user's name is
 * never given to a provisioned one.
 */
@Service
public class UserDirectory implements UserDetailsService {

    private final Map<String, UsersProperties.User> byUsername = new LinkedHashMap<>();
    private final ProvisionedUsers provisioned;
    private final Clock clock;
    private final AuditLog audit;

    /** A directory of the configured users only (no database): for tests and tools. */
    public UserDirectory(UsersProperties properties) {
        this(properties, null, Clock.systemUTC(), null);
    }

    @Autowired
    UserDirectory(UsersProperties properties, ProvisionedUsers provisioned, Clock clock, AuditLog audit) {
        this.provisioned = provisioned;
        this.clock = clock;
        this.audit = audit;
        for (var user : properties.signingInWithPasswords()) {
            if (!user.password().startsWith("{") || user.password().startsWith("{noop}")) {
                throw new IllegalStateException("The password of user '" + user.username()
                        + "' must be a hash such as {bcrypt}$2a$...; plain passwords are refused");
            }
            if (byUsername.putIfAbsent(user.username(), user) != null) {
                throw new IllegalStateException("User '" + user.username() + "' is configured twice");
            }
        }
    }

    /** Everyone, configured and provisioned, sorted by display name. */
    public List<Person> everyone() {
        return Stream.concat(byUsername.values().stream().map(UserDirectory::person), provisionedPeople())
                .sorted(Comparator.comparing(Person::displayName))
                .toList();
    }

    public Optional<Person> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        var configured = byUsername.get(username);
        if (configured != null) {
            return Optional.of(person(configured));
        }
        return provisioned == null ? Optional.empty() : provisioned.findById(username).map(ProvisionedUser::person);
    }

    /** The person, or a placeholder that still shows the login name if they left the directory. */
    public Person describe(String username) {
        return find(username).orElseGet(() -> new Person(username, username, ""));
    }

    /** Whether anyone may sign in with a password (the login form is shown only then). */
    public boolean hasPasswordUsers() {
        return !byUsername.isEmpty();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var user = byUsername.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("Unknown user");
        }
        return User.withUsername(user.username())
                .password(user.password())
                .roles(user.roles().toArray(String[]::new))
                .build();
    }

    /**
     * Records a single sign-on: the first one from this issuer and subject creates the user under
     * the username the token offers; later ones update the display name and email and keep the
     * username (reviews refer to people by it). The trail records the first sign-on and every
     * change of name or email the provider reports.
     *
     * @return the person as the directory now has them
     * @throws OAuth2AuthenticationException {@code username_taken} when the offered username belongs
     *                                       to a configured user or to another provider's subject
     */
    @Transactional
    Person provision(SignedInIdentity identity) {
        var now = clock.instant();
        var known = provisioned.findByIssuerAndSubject(identity.issuer(), identity.subject());
        Person before = known.map(ProvisionedUser::person).orElse(null);
        var user = known.orElseGet(() -> {
            if (byUsername.containsKey(identity.username()) || provisioned.existsById(identity.username())) {
                throw new OAuth2AuthenticationException(new OAuth2Error("username_taken",
                        "The username '" + identity.username() + "' already belongs to someone else in Verdict", null));
            }
            return new ProvisionedUser(identity.username(), identity.issuer(), identity.subject(), now);
        });
        user.signedIn(identity.displayName(), identity.email(), now);
        Person after = provisioned.save(user).person();
        if (before == null) {
            audit.recordAs(after.username(), null, "user provisioned", "from " + identity.issuer() + ": " + line(after));
        } else if (!before.equals(after)) {
            audit.recordAs(after.username(), null, "user updated from the provider", line(before) + " → " + line(after));
        }
        return after;
    }

    /** "Ada Lovelace <ada@example.com>", as the trail shows a person. */
    private static String line(Person person) {
        return person.displayName() + (person.email().isBlank() ? "" : " <" + person.email() + ">");
    }

    private Stream<Person> provisionedPeople() {
        return provisioned == null ? Stream.empty() : provisioned.findAll().stream().map(ProvisionedUser::person);
    }

    private static Person person(UsersProperties.User user) {
        return new Person(user.username(), user.displayName(), user.email() == null ? "" : user.email());
    }
}
