package dev.verdict.repository;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The port to a remote git repository, for checking a connection before it is saved: reach the
 * host, authenticate, find the branch, and read its tree. Implemented with JGit in publishing.git.
 */
public interface RepositoryProbe {

    Probe probe(RepositoryUrl url, String branch, Credentials credentials);

    /** What the branch head holds; a failed probe says exactly what failed, never a secret. */
    record Probe(boolean reached, String problem, String headCommit, List<String> paths,
                 Function<String, Optional<String>> read) {

        public static Probe failed(String problem) {
            return new Probe(false, problem, null, List.of(), path -> Optional.empty());
        }
    }

    /**
     * Credentials as JGit needs them: a token or password for https, a private key (OpenSSH or
     * PEM text) and its optional passphrase for ssh. toString never shows a secret.
     */
    record Credentials(String username, String secret, String passphrase) {

        public static final Credentials NONE = new Credentials(null, null, null);

        public Credentials(String username, String secret) {
            this(username, secret, null);
        }

        public boolean present() {
            return secret != null && !secret.isEmpty();
        }

        @Override
        public String toString() {
            return "Credentials[username=" + username + ", secret=" + (present() ? "****" : "none") + "]";
        }
    }
}
