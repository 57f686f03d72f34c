package dev.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.Disposition;
import dev.verdict.meeting.MeetingService;
import dev.verdict.publishing.PublicationService;
import dev.verdict.publishing.PublicationState;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Verdict killed with SIGKILL at random moments around a capture and around "close and
 * publish", then started again on the same data: everything the user was told is saved is
 * there, every decided review reaches git in exactly one commit, and the database and git agree.
 * The app runs in its own JVM ({@link Driver}), as in production.
 */
class CrashRecoveryIT {

    /** The app in a JVM of its own: "run" works until killed, saying what it saved; "check" reports. */
    public static final class Driver {

        public static void main(String[] args) throws Exception {
            ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                    "--verdict.data-dir=" + args[1], "--server.port=0", "--logging.level.root=warn",
                    // Kept under target/ so a failed run can be read afterwards: what the publisher and the registry did.
                    "--logging.file.name=" + args[2], "--logging.level.dev.verdict.publishing=debug",
                    "--logging.level.org.springframework.modulith.events=debug",
                    "--vaadin.devmode.enabled=false", "--spring.main.banner-mode=off");
            ReviewService reviews = app.getBean(ReviewService.class);
            MeetingService meetings = app.getBean(MeetingService.class);
            DecisionService decisions = app.getBean(DecisionService.class);
            PublicationService publications = app.getBean(PublicationService.class);
            System.out.println("ready");
            if (args[0].equals("run")) {
                for (int n = 0; ; n++) {
                    int round = n;
                    UUID id = AsUser.call("mia", () -> reviews.open(new NewReview("Crash review " + round,
                            TestDocs.READY, Set.of("alice"), Set.of(), 15)));
                    AsUser.run("mia", () -> meetings.start(id));
                    UUID parked = AsUser.call("alice", () -> meetings.park(id, "Multi-region, round " + round));
                    say("parked " + id + " " + parked);
                    AsUser.run("mia", () -> meetings.dispose(id, parked, Disposition.NEXT_REVIEW, "Next quarter"));
                    AsUser.run("mia", () -> decisions.close(id, CloseMeeting.of(Outcome.APPROVED,
                            "Cache pages for five minutes, round " + round, "Pages are slow", "alice",
                            new AlternativeConsidered("No cache", "Too slow"))));
                    say("decided " + id);
                }
            }
            // check: wait for the publications owed, then report each review's state.
            // A publication a kill cut short is retried once Spring Modulith marks it stale (1 min, checked every 15 s).
            long deadline = System.currentTimeMillis() + 240_000;
            List<UUID> ids = AsUser.call("mia", () -> reviews.mine().stream().map(r -> r.id()).toList());
            for (UUID id : ids) {
                boolean decided = AsUser.call("mia", () -> decisions.decision(id)).isPresent();
                while (decided && System.currentTimeMillis() < deadline
                        && AsUser.call("mia", () -> publications.status(id)).state() != PublicationState.PUBLISHED) {
                    Thread.sleep(200);
                }
                var state = AsUser.call("mia", () -> publications.status(id)).state();
                var parked = AsUser.call("mia", () -> meetings.room(id)).parked().stream().map(c -> c.id().toString()).toList();
                say("review " + id + " " + decided + " " + state + " " + String.join(",", parked));
            }
            say("checked");
            app.close();
            System.exit(0);
        }

        private static void say(String line) {
            System.out.println(line);
            System.out.flush();
        }
    }

    @TempDir
    Path data;

    @Test
    void what_the_user_saw_saved_survives_kill_9_and_each_decision_reaches_git_exactly_once() throws Exception {
        Random random = new Random(20261201);
        Set<String> decided = new HashSet<>();
        Map<String, String> parked = new HashMap<>();
        for (int round = 0; round < 3; round++) {
            // Kill right after a capture, right after a close (the push is under way), or a little later.
            int events = 2 + random.nextInt(4);
            int extraMillis = List.of(0, 100, 300).get(round);
            runUntilKilled(events, extraMillis, decided, parked);
        }

        List<String> report = check();

        Map<String, String[]> byReview = new HashMap<>();
        report.stream().filter(l -> l.startsWith("review ")).map(l -> l.split(" ", -1)).forEach(p -> byReview.put(p[1], p));
        for (String id : decided) {
            assertThat(byReview.get(id)).as("review %s, decided before the kill", id).isNotNull();
            assertThat(byReview.get(id)[2]).as("review %s keeps its decision", id).isEqualTo("true");
            assertThat(byReview.get(id)[3]).as("review %s is published", id).isEqualTo("PUBLISHED");
        }
        parked.forEach((capture, review) -> assertThat(byReview.get(review)[4]).as("parked item %s", capture).contains(capture));
        Path clone = CommandLine.cloneOf(data.resolve("repos/demo-remote.git"), data.resolve("check-clone"));
        for (String[] review : byReview.values()) {
            long commits = CommandLine.git(clone, "log", "--format=%H", "--grep", "Design-Review: " + review[1]).lines().count();
            assertThat(commits).as("commits for review %s (decided: %s)", review[1], review[2])
                    .isEqualTo(review[2].equals("true") ? 1 : 0);
        }
    }

    private void runUntilKilled(int events, int extraMillis, Set<String> decided, Map<String, String> parked) throws Exception {
        Process app = start("run");
        try (var out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            int seen = 0;
            String line;
            while (seen < events && (line = out.readLine()) != null) {
                String[] words = line.split(" ");
                switch (words[0]) {
                    case "decided" -> {
                        decided.add(words[1]);
                        seen++;
                    }
                    case "parked" -> {
                        parked.put(words[2], words[1]);
                        seen++;
                    }
                    default -> { }
                }
            }
            assertThat(seen).as("the app ran and saved things before the kill").isEqualTo(events);
            Thread.sleep(extraMillis);
            app.destroyForcibly(); // SIGKILL
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private List<String> check() throws Exception {
        Process app = start("check");
        List<String> lines = new ArrayList<>();
        try (var out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        }
        assertThat(app.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(lines).as("the check ran to its end").contains("checked");
        return lines;
    }

    private Process start(String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Path.of("target", "crash-recovery", "app.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Driver.class.getName(), mode, data.toString(),
                        log.toString())
                .redirectError(data.resolve("app-" + mode + ".log").toFile())
                .start();
    }
}
