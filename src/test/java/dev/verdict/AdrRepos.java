package dev.verdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The fixture corpus under src/test/resources/adr-repos: one folder per repository layout
 * (adr-tools with a CRLF ADR, three-digit numbering, MADR 2 and 4 with their adr-log index,
 * log4brains), read byte for byte (CRLF kept; .gitattributes marks them -text).
 */
public final class AdrRepos {

    private AdrRepos() {
    }

    /** Every file of a layout by its path in the repository, as stored. */
    public static Map<String, String> files(String layout) {
        Path root = root(layout);
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A bare repository (branch main) whose one commit holds the layout's files unchanged. */
    public static Path bareRepository(String layout, Path temp) {
        try {
            Path bare = temp.resolve(layout + "-" + UUID.randomUUID() + ".git");
            CommandLine.git(temp, "init", "-q", "--bare", "-b", "main", bare.toString());
            Path work = CommandLine.cloneOf(bare, temp.resolve("work-" + UUID.randomUUID()));
            for (var file : files(layout).entrySet()) {
                Path target = work.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue().getBytes(StandardCharsets.UTF_8));
            }
            CommandLine.git(work, "-c", "core.autocrlf=false", "add", "-A");
            CommandLine.git(work, "-c", "core.autocrlf=false", "-c", "user.name=Fixture", "-c", "user.email=fixture@example.com",
                    "commit", "-q", "-m", "The " + layout + " layout");
            CommandLine.git(work, "push", "-q", "origin", "HEAD:main");
            return bare;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clone that keeps line endings as committed. */
    public static Path clone(Path bare, Path into) {
        CommandLine.git(into.getParent(), "-c", "core.autocrlf=false", "clone", "-q", bare.toUri().toString(), into.toString());
        return into;
    }

    public static List<String> layouts() {
        return List.of("adr-tools-crlf", "three-digit", "madr2", "madr4", "log4brains");
    }

    private static Path root(String layout) {
        try {
            return Path.of(AdrRepos.class.getResource("/adr-repos/" + layout).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
