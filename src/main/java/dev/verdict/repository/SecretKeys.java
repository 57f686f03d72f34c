package dev.verdict.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where the credentials key comes from: `verdict.secret-key` (environment VERDICT_SECRET_KEY,
 * base64 of 32 bytes); failing that, a key file in the data folder, generated on first start
 * when the operator allows it (the embedded demo does, the postgres profile does not).
 */
final class SecretKeys {

    static final String KEY_FILE = "secret.key";

    private SecretKeys() {
    }

    static byte[] resolve(String configured, Path dataDir, boolean generateIfMissing) {
        if (configured != null && !configured.isBlank()) {
            return decode(configured.strip(), "verdict.secret-key");
        }
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            }
            if (!generateIfMissing) {
                throw new IllegalStateException("No secret key for repository credentials: set VERDICT_SECRET_KEY "
                        + "(verdict.secret-key) to the base64 of 32 random bytes, e.g. `openssl rand -base64 32`");
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(dataDir);
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system: the folder's own permissions protect it.
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the secret key file " + file, e);
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The secret key in " + where + " is not valid base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException("The secret key in " + where + " must decode to 32 bytes, not " + key.length);
        }
        return key;
    }
}
