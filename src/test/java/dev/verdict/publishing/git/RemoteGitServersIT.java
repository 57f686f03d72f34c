package dev.verdict.publishing.git;

import static dev.verdict.CommandLine.cloneOf;
import static dev.verdict.CommandLine.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verdict.repository.AdrConvention;
import dev.verdict.repository.ConventionDetector;
import dev.verdict.repository.RepositoryMirror;
import dev.verdict.repository.RepositoryProbe;
import dev.verdict.repository.RepositoryProbe.Credentials;
import dev.verdict.repository.RepositoryUnavailableException;
import dev.verdict.repository.RepositoryUrl;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.UUID;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Connecting to real git servers over the network: an https server with basic auth and an ssh
 * server with public keys, each with a login that passes and one that is refused; Verdict's own
 * clone of a repository fetched over them. No secret appears in what the tests log.
 */
@ExtendWith(OutputCaptureExtension.class)
class RemoteGitServersIT {

    private static final String TOKEN = "tok-3f9a-very-secret-token";
    private static final String PASSPHRASE = "correct horse battery staple";
    private static final String DOC = """
            # Payments retry

            ## Problem
            Card payments fail for 2% of users at peak.

            ## Rollback
            Turn the flag off.
            """;

    @TempDir
    static Path temp;

    static Path repositories;
    static Path remote;

    @BeforeAll
    static void aRemoteWithADesignDoc() throws Exception {
        repositories = Files.createDirectories(temp.resolve("served"));
        remote = repositories.resolve("design.git");
        DemoRepository.createIfMissing(remote, "main", Clock.systemUTC());
        commitDoc("docs/design/payments-retry.md", DOC);
    }

    static String commitDoc(String path, String text) throws Exception {
        Path work = cloneOf(remote, temp.resolve("work-" + UUID.randomUUID()));
        Files.createDirectories(work.resolve(path).getParent());
        Files.writeString(work.resolve(path), text);
        git(work, "add", path);
        git(work, "commit", "-q", "-m", "Update " + path);
        git(work, "push", "-q", "origin", "HEAD:main");
        return git(work, "rev-parse", "HEAD").strip();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Over_https {

        HttpsGitServer server;
        final JGitRepositoryProbe probe = new JGitRepositoryProbe(GitTestSupport.properties());

        @BeforeAll
        void start() throws Exception {
            server = new HttpsGitServer(Files.createDirectories(temp.resolve("https")), repositories, "mia", TOKEN);
        }

        @AfterAll
        void stop() throws Exception {
            server.close();
        }

        @Test
        void the_right_token_reads_the_branch_and_its_adr_convention(CapturedOutput output) {
            RepositoryProbe.Probe result = probe.probe(url(), "main", new Credentials("mia", TOKEN));

            assertThat(result.reached()).as(result.problem()).isTrue();
            assertThat(ConventionDetector.detect(result.paths(), result.read()).convention()).isEqualTo(AdrConvention.ADR_TOOLS);
            assertThat(output.getAll()).doesNotContain(TOKEN);
        }

        @Test
        void a_wrong_token_is_refused_as_an_authentication_failure(CapturedOutput output) {
            RepositoryProbe.Probe result = probe.probe(url(), "main", new Credentials("mia", "not-the-token"));

            assertThat(result.reached()).isFalse();
            assertThat(result.problem()).isEqualTo("Authentication refused: check the user name and token or key");
            assertThat(output.getAll()).doesNotContain("not-the-token");
        }

        @Test
        void no_credentials_at_all_is_refused_the_same_way() {
            assertThat(probe.probe(url(), "main", Credentials.NONE).problem())
                    .isEqualTo("Authentication refused: check the user name and token or key");
        }

        @Test
        void a_repository_the_server_does_not_have_is_named_as_such() {
            RepositoryUrl missing = RepositoryUrl.of(server.url("nothing-here"), false);

            assertThat(probe.probe(missing, "main", new Credentials("mia", TOKEN)).problem())
                    .isEqualTo("Not a git repository at this URL");
        }

        @Test
        void verdicts_clone_fetches_incrementally_and_reads_a_doc_at_a_pinned_commit() throws Exception {
            var mirror = new JGitRepositoryMirror(GitTestSupport.properties());
            var target = new RepositoryMirror.Target(UUID.randomUUID(), url(), "main", new Credentials("mia", TOKEN));

            RepositoryMirror.Snapshot first = mirror.fetch(target);
            String newer = commitDoc("docs/design/payments-retry.md", DOC + "\n## Alternatives\nQueue it.\n");
            RepositoryMirror.Snapshot second = mirror.fetch(target);

            assertThat(first.markdownPaths()).contains("docs/design/payments-retry.md", "README.md");
            assertThat(second.headCommit()).isEqualTo(newer).isNotEqualTo(first.headCommit());
            assertThat(new String(mirror.read(target, first.headCommit(), "docs/design/payments-retry.md").orElseThrow(),
                    StandardCharsets.UTF_8)).doesNotContain("## Alternatives");
            assertThat(new String(mirror.read(target, newer, "docs/design/payments-retry.md").orElseThrow(),
                    StandardCharsets.UTF_8)).contains("## Alternatives");
            assertThat(mirror.read(target, newer, "docs/nope.md")).isEmpty();
        }

        @Test
        void lock_files_left_by_a_crash_are_recovered_on_the_next_fetch() throws Exception {
            var mirror = new JGitRepositoryMirror(GitTestSupport.properties());
            var target = new RepositoryMirror.Target(UUID.randomUUID(), url(), "main", new Credentials("mia", TOKEN));
            mirror.fetch(target);
            Path gitDir = mirror.gitDir(target.id());
            Path refLock = gitDir.resolve("refs/remotes/origin/main.lock");
            Files.writeString(refLock, "0000000000000000000000000000000000000000\n");
            Files.writeString(gitDir.resolve("packed-refs.lock"), "");
            String newer = commitDoc("docs/design/other.md", "# Other\n");

            RepositoryMirror.Snapshot snapshot = mirror.fetch(target);

            assertThat(snapshot.headCommit()).isEqualTo(newer);
            assertThat(snapshot.markdownPaths()).contains("docs/design/other.md");
            assertThat(refLock).doesNotExist();
            assertThat(gitDir.resolve("packed-refs.lock")).doesNotExist();
        }

        @Test
        void a_fetch_with_a_refused_login_says_so_and_leaves_the_clone_as_it_was() {
            var mirror = new JGitRepositoryMirror(GitTestSupport.properties());
            var target = new RepositoryMirror.Target(UUID.randomUUID(), url(), "main", new Credentials("mia", "expired"));

            assertThatThrownBy(() -> mirror.fetch(target)).isInstanceOf(RepositoryUnavailableException.class)
                    .hasMessage("Authentication refused: check the user name and token or key");
        }

        private RepositoryUrl url() {
            return RepositoryUrl.of(server.url("design"), false);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Over_ssh {

        SshGitServer server;
        KeyPair teamKey;
        String encryptedTeamKey;
        final JGitRepositoryProbe probe = new JGitRepositoryProbe(GitTestSupport.properties());

        @BeforeAll
        void start() throws Exception {
            teamKey = KeyUtils.generateKeyPair(KeyPairProvider.SSH_RSA, 2048);
            encryptedTeamKey = privateKey(teamKey, PASSPHRASE);
            server = new SshGitServer(repositories, "git", teamKey.getPublic(),
                    KeyUtils.generateKeyPair(KeyPairProvider.SSH_RSA, 2048));
        }

        @AfterAll
        void stop() throws Exception {
            server.close();
        }

        @Test
        void the_teams_key_with_its_passphrase_reads_the_branch(CapturedOutput output) {
            RepositoryProbe.Probe result = probe.probe(url(), "main", new Credentials(null, encryptedTeamKey, PASSPHRASE));

            assertThat(result.reached()).as(result.problem()).isTrue();
            assertThat(result.paths()).contains("docs/design/payments-retry.md");
            assertThat(output.getAll()).doesNotContain(PASSPHRASE).doesNotContain(keyBody(encryptedTeamKey));
        }

        @Test
        void a_key_the_server_does_not_know_is_refused_as_an_authentication_failure() throws Exception {
            String otherKey = privateKey(KeyUtils.generateKeyPair(KeyPairProvider.SSH_RSA, 2048), null);

            RepositoryProbe.Probe result = probe.probe(url(), "main", new Credentials(null, otherKey, null));

            assertThat(result.reached()).isFalse();
            assertThat(result.problem()).isEqualTo("Authentication refused: check the user name and token or key");
        }

        @Test
        void a_wrong_passphrase_is_named_before_anything_reaches_the_server(CapturedOutput output) {
            RepositoryProbe.Probe result = probe.probe(url(), "main", new Credentials(null, encryptedTeamKey, "wrong passphrase"));

            assertThat(result.problem()).isEqualTo("The ssh key could not be decrypted: check the passphrase");
            assertThat(output.getAll()).doesNotContain("wrong passphrase");
        }

        @Test
        void text_that_is_no_key_is_refused_with_what_to_paste() {
            RepositoryProbe.Probe result = probe.probe(url(), "main", new Credentials(null, "ghp_thisIsAToken", null));

            assertThat(result.problem()).startsWith("The ssh key is not a private key: paste the whole OpenSSH or PEM private key");
        }

        @Test
        void verdicts_clone_fetches_over_ssh_too() {
            var mirror = new JGitRepositoryMirror(GitTestSupport.properties());
            var target = new RepositoryMirror.Target(UUID.randomUUID(), url(), "main",
                    new Credentials(null, encryptedTeamKey, PASSPHRASE));

            assertThat(mirror.fetch(target).markdownPaths()).contains("docs/design/payments-retry.md");
        }

        private RepositoryUrl url() {
            return RepositoryUrl.of(server.url("git", "design"), false);
        }
    }

    static String privateKey(KeyPair key, String passphrase) throws Exception {
        var out = new ByteArrayOutputStream();
        OpenSSHKeyEncryptionContext encryption = null;
        if (passphrase != null) {
            encryption = new OpenSSHKeyEncryptionContext();
            encryption.setPassword(passphrase);
            encryption.setCipherName("AES");
            encryption.setCipherType("256");
            encryption.setCipherMode("CTR");
        }
        OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "team@verdict", encryption, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A recognisable piece of the key's body (the armour lines are not secret). */
    static String keyBody(String pem) {
        return pem.lines().filter(l -> !l.startsWith("-----")).skip(2).findFirst().orElseThrow();
    }
}
