package dev.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real git and adr commands in a folder; fails the test with their output when they fail. */
public final class CommandLine {

    private CommandLine() {
    }

    public static String run(Path dir, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s timed out", List.of(command)).isTrue();
            assertThat(process.exitValue()).as("%s failed: %s", List.of(command), out).isZero();
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command[0] + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String git(Path dir, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        return run(dir, command);
    }

    public static Path cloneOf(Path remote, Path into) {
        git(into.getParent(), "clone", "-q", remote.toUri().toString(), into.toString());
        return into;
    }

    /** Debian's adr-tools; .ci/run installs it. */
    public static boolean adrToolsInstalled() {
        return onPath("adr");
    }

    public static boolean onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, name).canExecute()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Forgets the pages the last {@code log4brains build} exported. log4brains 1.1.0 exports its
     * Next.js pages into a folder inside its own installation ({@code .next-export}) and copies
     * that folder to {@code --out}: pages of an earlier build, of another repository, stay there
     * and a page of this build can be missing. Call before each build in a test.
     */
    public static void forgetLog4brainsExport() {
        String globalRoot = run(Path.of("."), "npm", "root", "-g").strip();
        Path export = Path.of(globalRoot, "log4brains", "node_modules", "@log4brains", "web", "nextjs", ".next-export");
        if (java.nio.file.Files.isDirectory(export)) {
            org.springframework.util.FileSystemUtils.deleteRecursively(export.toFile());
        }
    }
}
