package dev.verdict.publishing.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;

/**
 * Host keys of ssh git servers, trusted on first use: the first key a host shows is recorded in
 * Verdict's own file; a later, different key is refused (someone may be in the middle).
 */
final class TrustOnFirstUse implements ServerKeyDatabase {

    private static final Object LOCK = new Object();
    private final Path file;

    TrustOnFirstUse(Path file) {
        this.file = file;
    }

    @Override
    public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
        return List.of();
    }

    @Override
    public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey,
                          Configuration config, CredentialsProvider provider) {
        String fingerprint = KeyUtils.getFingerPrint(serverKey);
        synchronized (LOCK) {
            Optional<String> known = known(connectAddress);
            if (known.isPresent()) {
                return known.get().equals(fingerprint);
            }
            try {
                Files.writeString(file, connectAddress + " " + fingerprint + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot record the host key of " + connectAddress, e);
            }
            return true;
        }
    }

    Optional<String> known(String connectAddress) {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(line -> line.split(" ", 2))
                    .filter(parts -> parts.length == 2 && parts[0].equals(connectAddress))
                    .map(parts -> parts[1].strip())
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the known ssh host keys", e);
        }
    }
}
