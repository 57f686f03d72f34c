package dev.verdict.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.AppTest;
import dev.verdict.AsUser;
import dev.verdict.TestDocs;
import dev.verdict.repository.AdrConvention;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.RepositoryService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The decision log (issue 16, target: first page, filtered, p95 ≤ 200 ms) with 5 000 ADRs in 20
 * connected repositories (adr-tools, MADR 4 and log4brains, 250 each, with statuses, tags,
 * deciders and supersede links) read through the real mirrors, and 10 000 reviews in the
 * database, the caller a member of 100 of them. Each figure is one whole {@link DecisionLogService}
 * call as the page makes it, the caller's visibility query included: unfiltered, by status, by tag,
 * by repository and decider, due for revisit, and a full-text search. Run with
 * `mvn -Pbench verify -Dit.test=DecisionLogBenchmark`.
 */
class DecisionLogBenchmark extends AppTest {

    private static final int REPOSITORIES = 20;
    private static final int ADRS_PER_REPOSITORY = 250;
    private static final int REVIEWS = Integer.getInteger("bench.reviews", 10_000);
    private static final int WARMUP = 100;
    private static final int RUNS = 400;
    private static final String[] TOPICS = {"caching", "search", "storage", "auth", "queues", "observability", "billing", "mobile"};
    private static final String[] STATUSES = {"accepted", "accepted", "accepted", "proposed", "deprecated", "rejected"};

    @Autowired
    DecisionLogService log;
    @Autowired
    DecisionLogSync sync;
    @Autowired
    RepositoryService repositories;
    @Autowired
    ReviewService reviews;

    @Test
    void first_page_filtered_with_five_thousand_adrs_in_twenty_repositories() throws Exception {
        Path root = Files.createTempDirectory("decision-log-bench");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int r = 0; r < REPOSITORIES; r++) {
            AdrConvention convention = AdrConvention.values()[r % 3];
            Path repo = repository(root.resolve("team-" + r), convention, r);
            String name = "bench-" + tag + "-" + r;
            AsUser.call("admin", () -> repositories.connect(new NewRepository(name, repo.toString(), "main",
                    null, null, convention, NewRepository.DEFAULT_SUMMARY_DIR)));
        }
        long reviewsStart = System.nanoTime();
        for (int i = 0; i < REVIEWS; i++) {
            Set<String> attendees = i % 100 == 0 ? Set.of("alice", "bob") : Set.of("bob");
            int n = i;
            AsUser.call("mia", () -> reviews.open(new NewReview("Bench review " + n + " " + tag, TestDocs.READY, attendees, Set.of(), 30)));
        }
        double reviewsSeconds = (System.nanoTime() - reviewsStart) / 1e9;
        long refreshStart = System.nanoTime();
        sync.refresh();
        double refreshSeconds = (System.nanoTime() - refreshStart) / 1e9;

        String repository = "bench-" + tag + "-7";
        List<Supplier<Integer>> pages = List.of(
                () -> log.entries(LogFilter.NONE).size(),
                () -> log.entries(new LogFilter("accepted", null, null, null, false, null)).size(),
                () -> log.entries(new LogFilter(null, null, "caching", null, false, null)).size(),
                () -> log.entries(new LogFilter("accepted", repository, null, "Dana Decider 3", false, null)).size(),
                () -> log.entries(new LogFilter(null, null, null, null, true, null)).size(),
                () -> log.entries(new LogFilter("accepted", null, null, null, false, "cache invalidation")).size());
        int seen = AsUser.call("alice", () -> pages.getFirst().get());
        assertThat(seen).as("every ADR of the twenty repositories is listed").isGreaterThanOrEqualTo(REPOSITORIES * ADRS_PER_REPOSITORY);
        assertThat(AsUser.call("alice", () -> pages.get(3).get())).as("the repository-and-decider filter finds its ADRs").isPositive();
        List<Double> millis = AsUser.call("alice", () -> {
            for (int i = 0; i < WARMUP; i++) {
                pages.get(i % pages.size()).get();
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                pages.get(i % pages.size()).get();
                times.add((System.nanoTime() - start) / 1e6);
            }
            return times;
        });
        Collections.sort(millis);
        System.out.printf("RESULT decision_log_adrs %d ADRs in %d repositories%n", REPOSITORIES * ADRS_PER_REPOSITORY, REPOSITORIES);
        System.out.printf("RESULT decision_log_reviews_created_s %.1f s (%d reviews)%n", reviewsSeconds, REVIEWS);
        System.out.printf("RESULT decision_log_refresh_s %.1f s%n", refreshSeconds);
        System.out.printf("RESULT decision_log_p50_ms %.2f ms%n", millis.get(RUNS / 2));
        System.out.printf("RESULT decision_log_p95_ms %.2f ms%n", millis.get((int) Math.ceil(RUNS * 0.95) - 1));
        System.out.printf("RESULT decision_log_max_ms %.2f ms%n", millis.getLast());
    }

    /** A git repository with 250 ADRs in the convention's own layout and metadata, committed once with the git command line. */
    private static Path repository(Path dir, AdrConvention convention, int r) throws IOException, InterruptedException {
        Path adrs = dir.resolve(switch (convention) {
            case ADR_TOOLS -> "doc/adr";
            case MADR -> "docs/decisions";
            case LOG4BRAINS -> "docs/adr";
        });
        Files.createDirectories(adrs);
        if (convention == AdrConvention.ADR_TOOLS) {
            Files.writeString(dir.resolve(".adr-dir"), "doc/adr\n");
        }
        for (int i = 1; i <= ADRS_PER_REPOSITORY; i++) {
            String topic = TOPICS[(i + r) % TOPICS.length];
            String status = STATUSES[i % STATUSES.length];
            String title = "Use option " + i + " for " + topic + " in team " + r;
            String date = String.format("2025-%02d-%02d", 1 + i % 12, 1 + i % 28);
            String body = "\n## Context and Problem Statement\n\nThe " + topic + " of team " + r + " needs a decision: cache invalidation, "
                    + "latency budgets and the cost of running it were weighed (" + i + ").\n\n## Decision Outcome\n\nChosen option " + i
                    + ", because it keeps " + topic + " simple.\n";
            String slug = String.format("%04d", i) + "-use-option-" + i + "-for-" + topic + ".md";
            String text = switch (convention) {
                case ADR_TOOLS -> "# " + i + ". " + title + "\n\nDate: " + date + "\n\n## Status\n\n"
                        + (i > 1 && i % 10 == 0 ? "Superseded by [" + (i + 1) + ". next](" + String.format("%04d", i + 1) + "-use-option-" + (i + 1) + "-for-" + TOPICS[(i + 1 + r) % TOPICS.length] + ".md)"
                        : capitalised(status)) + "\n" + body.replace("## Context and Problem Statement", "## Context").replace("## Decision Outcome", "## Decision");
                case MADR -> "---\nstatus: " + status + "\ndate: " + date + "\ndecision-makers: [Dana Decider " + (i % 5) + "]\ntags: [" + topic + ", team-" + r
                        + "]\n---\n\n# " + title + "\n" + body;
                case LOG4BRAINS -> "# " + title + "\n\n- Status: " + status + "\n- Date: " + date + "\n- Deciders: Dana Decider " + (i % 5)
                        + "\n- Tags: " + topic + ", team-" + r + "\n" + body;
            };
            String name = convention == AdrConvention.LOG4BRAINS ? date.replace("-", "") + "-use-option-" + i + "-for-" + topic + ".md" : slug;
            Files.writeString(adrs.resolve(name), text);
        }
        git(dir, "init", "-q", "-b", "main");
        git(dir, "add", ".");
        git(dir, "-c", "user.name=Bench", "-c", "user.email=bench@example.com", "commit", "-q", "-m", "250 ADRs");
        return dir;
    }

    private static String capitalised(String status) {
        return Character.toUpperCase(status.charAt(0)) + status.substring(1);
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add("git");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as("git " + String.join(" ", args) + ": " + output).isZero();
    }
}
