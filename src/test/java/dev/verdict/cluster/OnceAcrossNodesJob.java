package dev.verdict.cluster;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * A scheduled job guarded like the real ones, added to both nodes of {@link TwoNodesPostgresIT}
 * (not a component: other tests' contexts never see it). It wants to run ten times a second on
 * each node; the first run holds the lock for ten minutes, longer than the whole test class.
 */
class OnceAcrossNodesJob {

    /** The node of each run, across both nodes of the JVM. */
    static final List<String> RUNS = new CopyOnWriteArrayList<>();

    private final String node;

    OnceAcrossNodesJob(@Value("${verdict.cluster.node-id}") String node) {
        this.node = node;
    }

    @Scheduled(fixedDelay = 100, initialDelay = 100)
    @SchedulerLock(name = "test-once-across-nodes", lockAtLeastFor = "PT10M", lockAtMostFor = "PT15M")
    void run() {
        RUNS.add(node);
    }
}
