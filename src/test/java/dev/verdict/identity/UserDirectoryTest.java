package dev.verdict.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

class UserDirectoryTest {

    private static final String HASH = "{bcrypt}$2a$10$dtSpQb6qP1L99L3JHiryHeY2l/8Rq1Q6Prlm4Qj5RMVkmilvHzPqq";
    private static final List<UsersProperties.User> DEMO = List.of(
            new UsersProperties.User("mia", "Mia Moderator", "mia@example.com", HASH, Set.of()));

    @Test
    void configured_users_sign_in_with_their_password_by_default() {
        var directory = new UserDirectory(new UsersProperties(DEMO));

        assertThat(directory.hasPasswordUsers()).isTrue();
        assertThat(directory.loadUserByUsername("mia").getAuthorities()).extracting(Object::toString).containsExactly("ROLE_USER");
        assertThat(directory.everyone()).extracting(Person::username).containsExactly("mia");
    }

    @Test
    void with_password_sign_in_off_the_configured_users_are_gone_and_cannot_sign_in() {
        var directory = new UserDirectory(new UsersProperties(DEMO, false));

        assertThat(directory.hasPasswordUsers()).isFalse();
        assertThat(directory.everyone()).isEmpty();
        assertThatThrownBy(() -> directory.loadUserByUsername("mia")).isInstanceOf(UsernameNotFoundException.class);
    }
}
