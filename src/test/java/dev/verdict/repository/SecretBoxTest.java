package dev.verdict.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    private static final byte[] KEY = new byte[32];
    private final SecretBox box = new SecretBox(KEY);

    @Test
    void a_sealed_secret_opens_to_itself_and_does_not_contain_it() {
        String sealed = box.seal("ghp_token123");

        assertThat(sealed).doesNotContain("ghp_token123");
        assertThat(box.open(sealed)).isEqualTo("ghp_token123");
        assertThat(box.seal("ghp_token123")).as("a fresh IV every time").isNotEqualTo(sealed);
    }

    @Test
    void a_tampered_secret_or_another_key_is_refused_without_echoing_anything() {
        String sealed = box.seal("ghp_token123");
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        byte[] other = new byte[32];
        other[0] = 1;

        assertThatThrownBy(() -> box.open(Base64.getEncoder().encodeToString(bytes))).hasMessageNotContaining("ghp");
        assertThatThrownBy(() -> new SecretBox(other).open(sealed)).hasMessageContaining("cannot be read");
    }

    @Test
    void a_configured_key_must_be_32_bytes_of_base64() {
        assertThatThrownBy(() -> SecretKeys.resolve("c2hvcnQ=", Path.of("unused"), true)).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> SecretKeys.resolve("not base64!", Path.of("unused"), true)).hasMessageContaining("not valid base64");
        assertThat(SecretKeys.resolve(Base64.getEncoder().encodeToString(new byte[32]), Path.of("unused"), false)).hasSize(32);
    }

    @Test
    void without_a_key_the_demo_generates_one_once_and_a_shared_database_refuses_to_start(@TempDir Path data) throws Exception {
        assertThatThrownBy(() -> SecretKeys.resolve("", data, false)).hasMessageContaining("VERDICT_SECRET_KEY");

        byte[] generated = SecretKeys.resolve("", data, true);
        assertThat(SecretKeys.resolve("", data, true)).isEqualTo(generated);
        assertThat(Files.getPosixFilePermissions(data.resolve(SecretKeys.KEY_FILE)).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
    }
}
