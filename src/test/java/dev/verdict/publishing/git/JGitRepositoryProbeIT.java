package dev.verdict.publishing.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.repository.AdrConvention;
import dev.verdict.repository.ConventionDetector;
import dev.verdict.repository.RepositoryProbe;
import dev.verdict.repository.RepositoryProbe.Credentials;
import dev.verdict.repository.RepositoryUrl;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Test connection" against real repositories and real network failures, each told apart. */
class JGitRepositoryProbeIT {

    private static final Credentials TOKEN = new Credentials("mia", "s3cret-token-value");

    @TempDir
    Path temp;
    private final JGitRepositoryProbe probe = new JGitRepositoryProbe(GitTestSupport.properties());

    @Test
    void a_reachable_repository_shows_its_head_and_its_adr_convention() throws IOException {
        Path remote = temp.resolve("remote.git");
        DemoRepository.createIfMissing(remote, "main", Clock.systemUTC());

        RepositoryProbe.Probe result = probe.probe(RepositoryUrl.of(remote.toString(), true), "main", Credentials.NONE);

        assertThat(result.reached()).as(result.problem()).isTrue();
        assertThat(result.headCommit()).matches("[0-9a-f]{40}");
        assertThat(result.paths()).contains(".adr-dir", "doc/adr/0001-record-architecture-decisions.md");
        assertThat(ConventionDetector.detect(result.paths(), result.read()))
                .isEqualTo(new ConventionDetector.Detected(AdrConvention.ADR_TOOLS, "doc/adr"));
    }

    @Test
    void a_missing_branch_is_named_with_the_branches_there_are() throws IOException {
        Path remote = temp.resolve("remote.git");
        DemoRepository.createIfMissing(remote, "main", Clock.systemUTC());

        assertThat(probe.probe(RepositoryUrl.of(remote.toString(), true), "develop", Credentials.NONE).problem())
                .isEqualTo("Branch 'develop' does not exist; it has main");
    }

    @Test
    void a_folder_that_is_no_repository_says_so() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("just-a-folder"));

        assertThat(probe.probe(RepositoryUrl.of(folder.toString(), true), "main", Credentials.NONE).problem())
                .isEqualTo("Not a git repository at this URL");
    }

    @Test
    void a_closed_port_is_connection_refused() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        assertThat(probe.probe(RepositoryUrl.of("https://127.0.0.1:" + port + "/team/designs.git", false), "main", TOKEN).problem())
                .isEqualTo("Connection refused: nothing answers at that host and port");
    }

    @Test
    void an_unknown_host_is_named() {
        assertThat(probe.probe(RepositoryUrl.of("https://no-such-host.invalid/team/designs.git", false), "main", TOKEN).problem())
                .startsWith("Unknown host: no-such-host.invalid");
    }

    @Test
    void a_host_that_never_answers_times_out_and_no_secret_is_in_any_message() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            String problem = probe.probe(RepositoryUrl.of("https://127.0.0.1:" + silent.getLocalPort() + "/x.git", false),
                    "main", TOKEN).problem();

            assertThat(problem).isEqualTo("Timed out after 10 s waiting for the host");
            assertThat(problem).doesNotContain("s3cret-token-value");
            acceptor.interrupt();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
