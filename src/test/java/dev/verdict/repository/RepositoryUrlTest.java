package dev.verdict.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RepositoryUrlTest {

    @ParameterizedTest
    @CsvSource({
            "https://github.com/team/designs.git, HTTPS",
            "ssh://git@github.com/team/designs.git, SSH",
            "git@github.com:team/designs.git, SSH",
            "ssh://git@gitlab.example.com:2222/team/designs.git, SSH"})
    void https_and_ssh_urls_are_accepted(String url, RepositoryUrl.Kind kind) {
        assertThat(RepositoryUrl.of(url, false).kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ext::sh -c touch% /tmp/pwned", "git://github.com/team/designs.git",
            "file:///srv/git/designs.git", "http://github.com/team/designs.git", "ftp://host/repo.git",
            "https://github.com/team/designs.bundle", "/srv/git/designs.bundle"})
    void every_other_scheme_is_refused_with_the_schemes_that_work(String url) {
        assertThatThrownBy(() -> RepositoryUrl.of(url, true))
                .isInstanceOf(InvalidRepositoryException.class)
                .hasMessageContaining("https://").hasMessageContaining("ssh://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://ghp_token123@github.com/team/designs.git",
            "https://mia:s3cret@github.com/team/designs.git", "ssh://git:s3cret@github.com/team/designs.git"})
    void credentials_in_the_url_are_refused_and_the_secret_is_not_repeated(String url) {
        assertThatThrownBy(() -> RepositoryUrl.of(url, true))
                .hasMessageContaining("credential fields")
                .hasMessageNotContaining("s3cret").hasMessageNotContaining("ghp_token123");
    }

    @Test
    void a_local_path_only_when_the_operator_allows_it() {
        assertThat(RepositoryUrl.of("/srv/git/designs.git", true).kind()).isEqualTo(RepositoryUrl.Kind.LOCAL);
        assertThatThrownBy(() -> RepositoryUrl.of("/srv/git/designs.git", false))
                .hasMessageContaining("Local paths are not allowed");
    }

    @Test
    void an_empty_url_says_what_to_enter() {
        assertThatThrownBy(() -> RepositoryUrl.of("  ", false)).hasMessageStartingWith("Enter the repository's URL");
    }
}
