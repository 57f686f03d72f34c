package dev.verdict.identity;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** The people who can log in, and the source of truth for their names and emails. */
@Service
public class UserDirectory implements UserDetailsService {

    private final Map<String, UsersProperties.User> byUsername = new LinkedHashMap<>();

    public UserDirectory(UsersProperties properties) {
        for (var user : properties.users()) {
            if (!user.password().startsWith("{") || user.password().startsWith("{noop}")) {
                throw new IllegalStateException("The password of user '" + user.username()
                        + "' must be a hash such as {bcrypt}$2a$...; plain passwords are refused");
            }
            if (byUsername.putIfAbsent(user.username(), user) != null) {
                throw new IllegalStateException("User '" + user.username() + "' is configured twice");
            }
        }
    }

    public List<Person> everyone() {
        return byUsername.values().stream()
                .map(UserDirectory::person)
                .sorted(Comparator.comparing(Person::displayName))
                .toList();
    }

    public Optional<Person> find(String username) {
        return Optional.ofNullable(username).map(byUsername::get).map(UserDirectory::person);
    }

    /** The person, or a placeholder that still shows the login name if they left the directory. */
    public Person describe(String username) {
        return find(username).orElseGet(() -> new Person(username, username, ""));
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

    private static Person person(UsersProperties.User user) {
        return new Person(user.username(), user.displayName(), user.email() == null ? "" : user.email());
    }
}
