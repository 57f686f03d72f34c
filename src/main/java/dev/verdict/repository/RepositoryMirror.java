package dev.verdict.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The port to Verdict's own clone of a connected repository (one per repository, under the data
 * folder, fetched incrementally, one writer at a time). Implemented with JGit in publishing.git.
 * Failures surface as {@link RepositoryUnavailableException} saying what failed, never a secret.
 */
public interface RepositoryMirror {

    /** Fetches the branch and lists the Markdown files at its head. */
    Snapshot fetch(Target target);

    /** The file at that commit (fetching first when the clone does not have it); empty when the file is not there. */
    Optional<byte[]> read(Target target, String commit, String path);

    /** The Markdown files directly in a folder at that commit, by path; also small named files such as `.adr-dir`. */
    java.util.Map<String, String> readFolder(Target target, String commit, String folder);

    record Target(UUID id, RepositoryUrl url, String branch, RepositoryProbe.Credentials credentials) {

        @Override
        public String toString() {
            return "Target[id=" + id + ", url=" + url.value() + ", branch=" + branch + "]";
        }
    }

    record Snapshot(String headCommit, List<String> markdownPaths) {
    }
}
