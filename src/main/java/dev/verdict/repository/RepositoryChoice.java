package dev.verdict.repository;

import java.util.UUID;

/** A connected repository as a moderator picks it: name and branch, nothing about credentials. */
public record RepositoryChoice(UUID id, String name, String branch) {

    public String label() {
        return name + " (" + branch + ")";
    }
}
