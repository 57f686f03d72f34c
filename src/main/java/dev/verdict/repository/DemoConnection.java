package dev.verdict.repository;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On the embedded defaults, the local demo repository is connected on first start, so a new
 * review can pick its design doc from a repository right away.
 */
@Component
@ConditionalOnProperty(name = {"verdict.git.create-demo", "verdict.repositories.allow-local"}, havingValue = "true")
class DemoConnection implements ApplicationRunner {

    static final String NAME = "Demo repository";
    private static final Logger log = LoggerFactory.getLogger(DemoConnection.class);

    private final ConnectedRepositories repositories;
    private final RepositoryProbe probe;
    private final String remote;
    private final String branch;
    private final String summaryDir;
    private final Clock clock;

    DemoConnection(ConnectedRepositories repositories, RepositoryProbe probe,
                   @Value("${verdict.git.remote}") String remote, @Value("${verdict.git.branch:main}") String branch,
                   @Value("${verdict.git.summary-dir:docs/design-reviews}") String summaryDir, Clock clock) {
        this.repositories = repositories;
        this.probe = probe;
        this.remote = remote;
        this.branch = branch;
        this.summaryDir = summaryDir;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            connect();
        } catch (RuntimeException e) {
            // The demo is a convenience: the app starts without it, and says why.
            log.warn("The demo repository at {} could not be connected: {}", remote, e.getMessage());
        }
    }

    private void connect() {
        if (repositories.existsByName(NAME)) {
            return;
        }
        // The embedded defaults name the demo remote relative to the working folder (./data/...).
        String location = remote.contains("://") || remote.contains("@") ? remote
                : java.nio.file.Path.of(remote).toAbsolutePath().normalize().toString();
        RepositoryUrl url = RepositoryUrl.of(location, true);
        var result = probe.probe(url, branch, RepositoryProbe.Credentials.NONE);
        if (!result.reached()) {
            log.warn("The demo repository at {} could not be connected: {}", remote, result.problem());
            return;
        }
        try {
            repositories.save(new ConnectedRepository(NAME, url, branch, null, null, null,
                    ConventionDetector.detect(result.paths(), result.read()), summaryDir, "verdict", clock.instant()));
            log.info("Connected the demo repository at {}", remote);
        } catch (org.springframework.dao.DataIntegrityViolationException alreadyThere) {
            log.debug("Another instance connected the demo repository first");
        }
    }
}
