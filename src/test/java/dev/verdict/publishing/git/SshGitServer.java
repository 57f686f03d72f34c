package dev.verdict.publishing.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * An ssh git server for tests: Apache MINA sshd running JGit's UploadPack and ReceivePack for the
 * git commands, accepting one user with one public key (no passwords).
 */
final class SshGitServer implements AutoCloseable {

    private final SshServer server = SshServer.setUpDefaultServer();
    private final Path repositories;

    SshGitServer(Path repositories, String user, PublicKey allowed, KeyPair hostKey) throws IOException {
        this.repositories = repositories;
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setPublickeyAuthenticator((name, key, session) -> name.equals(user) && KeyUtils.compareKeys(key, allowed));
        server.setCommandFactory((channel, command) -> new GitCommand(command));
        server.start();
    }

    /** ssh://user@127.0.0.1:port/name.git */
    String url(String user, String name) {
        return "ssh://" + user + "@127.0.0.1:" + server.getPort() + "/" + name + ".git";
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    private final class GitCommand implements Command {

        private final String command;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        GitCommand(String command) {
            this.command = command;
        }

        @Override public void setInputStream(InputStream in) { this.in = in; }
        @Override public void setOutputStream(OutputStream out) { this.out = out; }
        @Override public void setErrorStream(OutputStream err) { this.err = err; }
        @Override public void setExitCallback(ExitCallback exit) { this.exit = exit; }

        @Override
        public void start(ChannelSession channel, Environment env) {
            Thread.ofVirtual().start(this::run);
        }

        private void run() {
            String[] parts = command.split(" ", 2);
            String service = parts[0];
            String name = parts.length < 2 ? "" : parts[1].replace("'", "").replaceFirst("^/", "");
            Path dir = repositories.resolve(name).normalize();
            if (!dir.startsWith(repositories) || !Files.exists(dir.resolve("HEAD"))) {
                exit.onExit(128, "fatal: '" + name + "' does not appear to be a git repository");
                return;
            }
            try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build()) {
                switch (service) {
                    case "git-upload-pack" -> new UploadPack(repo).upload(in, out, err);
                    case "git-receive-pack" -> new ReceivePack(repo).receive(in, out, err);
                    default -> {
                        exit.onExit(127, "unknown command " + service);
                        return;
                    }
                }
                out.flush();
                exit.onExit(0);
            } catch (IOException e) {
                exit.onExit(1, e.getMessage());
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
        }
    }
}
