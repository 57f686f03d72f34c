package dev.verdict.publishing.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lock files a crash left in one of Verdict's own clones. Git (and JGit) take a ref, packed-refs,
 * index or config lock by creating {@code <file>.lock} and remove it when done; a process killed
 * in between leaves it behind, and every later update of that file then fails ("gave up after 10
 * attempts" on every publication, across restarts). Verdict's clones are written by Verdict only,
 * one thread at a time under {@link RepositoryLocks}, so a lock found while holding that lock was
 * left by a crash and is safe to remove.
 */
final class StaleLocks {

    private static final Logger log = LoggerFactory.getLogger(StaleLocks.class);

    private StaleLocks() {
    }

    /**
     * Removes every {@code *.lock} file under the clone's git directory; call it only while
     * holding the clone's {@link RepositoryLocks} lock. A missing directory is nothing to do.
     *
     * @return how many lock files were removed
     * @throws IOException when the directory cannot be walked or a lock cannot be removed
     */
    static int recover(Path gitDir) throws IOException {
        if (!Files.isDirectory(gitDir)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.walk(gitDir)) {
            for (Path lock : files.filter(p -> p.getFileName().toString().endsWith(".lock") && Files.isRegularFile(p)).toList()) {
                log.warn("Removing a stale lock file left by an interrupted git operation: {}", gitDir.relativize(lock));
                Files.deleteIfExists(lock);
                removed++;
            }
        }
        return removed;
    }
}
