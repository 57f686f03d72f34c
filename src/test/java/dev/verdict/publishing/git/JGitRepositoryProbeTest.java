package dev.verdict.publishing.git;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jgit.api.errors.TransportException;
import org.junit.jupiter.api.Test;

class JGitRepositoryProbeTest {

    @Test
    void a_path_with_401_in_it_is_not_mistaken_for_an_authentication_failure() {
        var e = new TransportException("file:///tmp/junit4013999/just-a-folder/: not found.");

        assertThat(JGitRepositoryProbe.explain(e, 10)).isEqualTo("Not a git repository at this URL");
    }

    @Test
    void an_http_401_is_an_authentication_failure() {
        var e = new TransportException("https://git.example.com/team/designs.git: 401 Unauthorized");

        assertThat(JGitRepositoryProbe.explain(e, 10)).isEqualTo("Authentication refused: check the user name and token or key");
    }

    @Test
    void jgit_saying_not_authorized_is_an_authentication_failure() {
        var e = new TransportException("https://git.example.com/team/designs.git: not authorized");

        assertThat(JGitRepositoryProbe.explain(e, 10)).startsWith("Authentication refused");
    }
}
