package dev.verdict.publishing.git;

import dev.verdict.repository.RepositoryProbe.Credentials;
import dev.verdict.repository.RepositoryUnavailableException;
import dev.verdict.repository.RepositoryUrl;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * How one JGit command reaches one repository with its credentials: a token or password through a
 * CredentialsProvider for https; for ssh, the repository's own key (decrypted in memory with its
 * passphrase, never written to disk) and host keys trusted on first use, never the server's or
 * the user's ~/.ssh. Close it after the command.
 */
final class GitTransports implements AutoCloseable {

    /** Many hosts take any user name with a token as password (GitHub, Gitea); GitLab accepts it too. */
    static final String TOKEN_USER = "x-access-token";

    private final CredentialsProvider credentials;
    private final SshdSessionFactory ssh;

    private GitTransports(CredentialsProvider credentials, SshdSessionFactory ssh) {
        this.credentials = credentials;
        this.ssh = ssh;
    }

    /** @param url null for the configured default remote, which needs no credentials */
    static GitTransports of(RepositoryUrl url, Credentials secret, Path sshHome) {
        if (url != null && url.kind() == RepositoryUrl.Kind.SSH) {
            return new GitTransports(null, sshFactory(secret, sshHome));
        }
        if (!secret.present()) {
            return new GitTransports(null, null);
        }
        String user = secret.username() == null || secret.username().isBlank() ? TOKEN_USER : secret.username();
        return new GitTransports(new UsernamePasswordCredentialsProvider(user, secret.secret()), null);
    }

    /** The remote as JGit takes it: a local path becomes a file URI, the rest stays as connected. */
    static String remote(RepositoryUrl url) {
        return url.kind() == RepositoryUrl.Kind.LOCAL ? Path.of(url.value()).toUri().toString() : url.value();
    }

    <C extends TransportCommand<C, ?>> C apply(C command) {
        command.setCredentialsProvider(credentials);
        if (ssh != null) {
            command.setTransportConfigCallback(this::configure);
        }
        return command;
    }

    /** For the lower-level Transport API (push with expected old ids). */
    void configure(Transport transport) {
        if (credentials != null) {
            transport.setCredentialsProvider(credentials);
        }
        if (ssh != null && transport instanceof SshTransport sshTransport) {
            sshTransport.setSshSessionFactory(ssh);
        }
    }

    private static SshdSessionFactory sshFactory(Credentials secret, Path sshHome) {
        List<KeyPair> keys = secret.present() ? keys(secret) : List.of();
        try {
            Files.createDirectories(sshHome);
        } catch (IOException e) {
            throw new RepositoryUnavailableException("Cannot create the ssh folder " + sshHome + ": " + e.getMessage());
        }
        var knownHosts = new TrustOnFirstUse(sshHome.resolve("known_hosts.verdict"));
        return new SshdSessionFactoryBuilder()
                .setHomeDirectory(sshHome.toFile())
                .setSshDirectory(sshHome.toFile())
                .setConfigStoreFactory((home, config, user) -> null)
                .setDefaultKeysProvider(dir -> keys)
                .setPreferredAuthentications("publickey")
                .setServerKeyDatabase((home, dir) -> knownHosts)
                .build(new JGitKeyCache());
    }

    /** Decrypts the private key in memory; a wrong passphrase or a non-key says so, without echoing either. */
    static List<KeyPair> keys(Credentials secret) {
        try {
            var passphrase = secret.passphrase() == null || secret.passphrase().isEmpty()
                    ? FilePasswordProvider.EMPTY : FilePasswordProvider.of(secret.passphrase());
            var loaded = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName("the repository's private key"),
                    new ByteArrayInputStream(secret.secret().getBytes(StandardCharsets.UTF_8)), passphrase);
            List<KeyPair> keys = new ArrayList<>();
            if (loaded != null) {
                loaded.forEach(keys::add);
            }
            if (keys.isEmpty()) {
                throw new RepositoryUnavailableException(
                        "The ssh key is not a private key: paste the whole OpenSSH or PEM private key, BEGIN and END lines included");
            }
            return keys;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (e instanceof RepositoryUnavailableException known) {
                throw known;
            }
            boolean encrypted = secret.secret().contains("ENCRYPTED") || secret.secret().contains("bcrypt")
                    || (secret.passphrase() != null && !secret.passphrase().isEmpty());
            throw new RepositoryUnavailableException(encrypted
                    ? "The ssh key could not be decrypted: check the passphrase"
                    : "The ssh key could not be read: paste the whole OpenSSH or PEM private key, and its passphrase if it has one");
        }
    }

    @Override
    public void close() {
        if (ssh != null) {
            ssh.close();
        }
    }
}
