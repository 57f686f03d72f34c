package dev.verdict.decisionlog;

import dev.verdict.decision.AdrWriter;
import dev.verdict.decision.Decision;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.ReviewDecided;
import dev.verdict.identity.CurrentUser;
import dev.verdict.publishing.PublicationChanged;
import dev.verdict.publishing.PublicationService;
import dev.verdict.publishing.PublicationStatus;
import dev.verdict.repository.AdrFolder;
import dev.verdict.repository.AdrLog;
import dev.verdict.repository.DocumentService;
import dev.verdict.repository.RepositoryChoice;
import dev.verdict.repository.RepositoryConnected;
import dev.verdict.review.ReviewOverview;
import dev.verdict.review.ReviewService;
import dev.verdict.shared.AfterCommit;
import dev.verdict.shared.ChangesMissed;
import dev.verdict.shared.Relayed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refreshes the decision log in the background, as the system actor: at start, every
 * {@code verdict.decision-log.refresh-interval} (5 minutes by default) and a moment after a
 * decision is recorded or published or a repository is connected. A refresh fetches each connected repository through
 * {@link DocumentService#adrFolder} (one fetch per repository), reads Verdict's decided reviews
 * from the review and decision modules, and swaps the whole snapshot in. A repository that cannot
 * be reached keeps the ADRs its last good refresh read.
 */
@Component
class DecisionLogSync implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DecisionLogSync.class);
    /** A publication is usually followed by its state changes within a second: one refresh for them all. */
    private static final long SETTLE_MILLIS = 1000;

    private final DecisionLogIndex index;
    private final DocumentService documents;
    private final ReviewService reviews;
    private final DecisionService decisions;
    private final PublicationService publications;
    private final Duration interval;
    private final Map<UUID, AdrFolder> lastRead = new ConcurrentHashMap<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(work -> {
        var thread = new Thread(work, "decision-log");
        thread.setDaemon(true);
        return thread;
    });

    DecisionLogSync(DecisionLogIndex index, DocumentService documents, ReviewService reviews, DecisionService decisions,
                    PublicationService publications, @Value("${verdict.decision-log.refresh-interval:5m}") Duration interval) {
        this.index = index;
        this.documents = documents;
        this.reviews = reviews;
        this.decisions = decisions;
        this.publications = publications;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        worker.scheduleWithFixedDelay(this::refreshQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @EventListener
    void on(ReviewDecided event) {
        soon();
    }

    @EventListener
    void on(PublicationChanged event) {
        soon();
    }

    @EventListener
    void on(RepositoryConnected event) {
        soon();
    }

    /** Changed on another node of the cluster (ADR 27): this node's snapshot follows. */
    @EventListener
    void onDecided(Relayed<ReviewDecided> relayed) {
        soon();
    }

    @EventListener
    void onPublication(Relayed<PublicationChanged> relayed) {
        soon();
    }

    @EventListener
    void onConnected(Relayed<RepositoryConnected> relayed) {
        soon();
    }

    /** The listening connection was down (ADR 27): a decision published elsewhere meanwhile is read too. */
    @EventListener
    void on(ChangesMissed missed) {
        soon();
    }

    /** A refresh a moment after the change commits; changes meanwhile ride along with it. */
    private void soon() {
        AfterCommit.run(() -> {
            if (scheduled.compareAndSet(false, true)) {
                worker.schedule(() -> {
                    scheduled.set(false);
                    refreshQuietly();
                }, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
            }
        });
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("The decision log could not be refreshed: {}", e.toString(), e);
        }
    }

    /** Reads every repository and decision again and swaps the log in; returns once searches see it. */
    synchronized void refresh() {
        long started = System.nanoTime();
        List<DecisionLogIndex.Indexed> entries = CurrentUser.asSystem(this::read);
        index.replace(entries);
        log.debug("Decision log refreshed: {} decisions in {} ms", entries.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private List<DecisionLogIndex.Indexed> read() {
        List<RepositoryChoice> connected = documents.repositories();
        Set<UUID> ids = new HashSet<>();
        for (RepositoryChoice repository : connected) {
            ids.add(repository.id());
            try {
                lastRead.put(repository.id(), documents.adrFolder(repository.id()));
            } catch (RuntimeException e) {
                log.debug("Decision log keeps the last read of {}: {}", repository.name(), e.toString());
            }
        }
        lastRead.keySet().retainAll(ids);

        List<ReviewOverview> decided = reviews.history().stream().filter(r -> r.outcome() != null).toList();
        // A published review's ADR, by the repository it went to and its path: its link to the review that decided it.
        var byAdr = new HashMap<String, Published>();
        for (ReviewOverview review : decided) {
            publicationOf(review.id()).filter(p -> p.adrPath() != null && p.destination() != null && p.commitId() != null)
                    .ifPresent(p -> byAdr.put(repositoryOf(p.destination()) + "\n" + p.adrPath(), new Published(review, p.commitId())));
        }

        var entries = new ArrayList<DecisionLogIndex.Indexed>();
        var inGit = new HashSet<UUID>();
        for (AdrFolder folder : lastRead.values()) {
            AdrLog adrs = folder.log();
            for (AdrLog.Entry adr : adrs.entries()) {
                Published published = byAdr.get(folder.repositoryName() + "\n" + adr.path());
                ReviewOverview review = published == null ? null : published.review();
                Optional<Decision> decision = review == null ? Optional.empty() : decisionOf(review.id());
                if (review != null) {
                    inGit.add(review.id());
                }
                String status = adrs.statusOf(adr);
                List<AdrLog.Entry> chain = adrs.supersedeChain(adr.path());
                List<String> deciders = !adr.deciders().isEmpty() ? adr.deciders()
                        : review != null && review.decisionMaker() != null ? List.of(review.decisionMaker().displayName()) : List.of();
                var entry = new LogEntry(UUID.nameUUIDFromBytes((folder.repositoryId() + ":" + adr.path()).getBytes(StandardCharsets.UTF_8)),
                        adr.id(), adr.title(), status, group(status), adr.date(), folder.repositoryId(), folder.repositoryName(),
                        adr.path(), adr.tags(), deciders,
                        chain.size() < 2 ? List.of() : chain.stream().map(AdrLog.Entry::id).toList(),
                        decision.map(Decision::revisitOn).orElse(null),
                        review == null ? null : review.id(),
                        published == null ? adrs.headCommit() : published.commit(), true,
                        folder.commitPage(published == null ? adrs.headCommit() : published.commit()).orElse(null));
                String text = folder.texts().get(adr.path());
                entries.add(new DecisionLogIndex.Indexed(entry, text == null ? "" : text));
            }
        }
        for (ReviewOverview review : decided) {
            if (inGit.contains(review.id())) {
                continue;
            }
            decisionOf(review.id()).ifPresent(decision -> entries.add(notInGit(review, decision)));
        }
        // Newest first; on the same day by repository, the later ADR first.
        entries.sort(Comparator.comparing((DecisionLogIndex.Indexed i) -> i.entry().date() == null ? "" : i.entry().date()).reversed()
                .thenComparing(i -> i.entry().repository() == null ? "" : i.entry().repository())
                .thenComparing((DecisionLogIndex.Indexed i) -> i.entry().path() == null ? "" : i.entry().path(), Comparator.reverseOrder()));
        return entries;
    }

    /** A decision recorded in Verdict and not (yet) found in git: its statement and rationale are its text. */
    private DecisionLogIndex.Indexed notInGit(ReviewOverview review, Decision decision) {
        String status = AdrWriter.status(decision.outcome());
        var entry = new LogEntry(review.id(), null, review.title(), status + " (not yet in git)", status,
                decision.decidedAt().atZone(ZoneId.systemDefault()).toLocalDate().toString(), null, review.repository(), null,
                decision.tags(), List.of(decision.decisionMaker().displayName()), List.of(), decision.revisitOn(), review.id(), null, false, null);
        String markdown = "## Decision\n\n" + decision.statement() + "\n\n## Rationale\n\n" + decision.rationale() + "\n"
                + (decision.supersedes() == null ? "" : "\n## Supersedes\n\n`" + decision.supersedes() + "`\n");
        return new DecisionLogIndex.Indexed(entry, markdown);
    }

    private Optional<Decision> decisionOf(UUID reviewId) {
        try {
            return decisions.decision(reviewId);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private record Published(ReviewOverview review, String commit) {
    }

    private Optional<PublicationStatus> publicationOf(UUID reviewId) {
        try {
            return Optional.of(publications.status(reviewId));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** "Demo repository: main" (a publication's destination) is "Demo repository"; a branch name holds no ": ". */
    private static String repositoryOf(String destination) {
        int branch = destination.lastIndexOf(": ");
        return branch < 0 ? destination : destination.substring(0, branch);
    }

    /** "Superseded by 0005 · Stream it" is "Superseded"; "accepted" is "Accepted". */
    static String group(String status) {
        String first = status.strip().split("[\\s,;:(]+", 2)[0];
        return first.isEmpty() ? "Unknown" : first.substring(0, 1).toUpperCase(Locale.ROOT) + first.substring(1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
