package dev.verdict.publishing.git;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/** One writer at a time per local clone, shared by everything that fetches into or commits in it. */
@Component
class RepositoryLocks {

    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    ReentrantLock of(String clone) {
        return locks.computeIfAbsent(clone, key -> new ReentrantLock());
    }
}
