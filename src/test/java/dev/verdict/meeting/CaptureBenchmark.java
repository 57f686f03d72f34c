package dev.verdict.meeting;

import dev.verdict.AsUser;
import dev.verdict.Fixtures;
import dev.verdict.TestData;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What one capture costs the server in a review of a real, large design doc (KEP-1040, 153 KB,
 * ten agenda items, five people): the capture's transaction, then the room read that every
 * open screen shares after it. The fan-out benchmark uses a small doc; this one shows what the
 * doc's size adds to every click.
 */
@SpringBootTest(properties = "vaadin.devmode.devTools.enabled=false")
abstract class CaptureBenchmark {

    /** Names the database in the results. */
    abstract String database();

    private static final int WARMUP = Integer.getInteger("bench.capture-warmup", 100);
    private static final int ROUNDS = Integer.getInteger("bench.capture-rounds", 100);

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    RoomSnapshots snapshots;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        TestData.register(registry);
    }

    @Test
    void capture_and_room_read_in_a_review_of_a_large_doc() {
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("KEP-1040 review",
                Fixtures.designDoc(Fixtures.KEP_1040), Set.of("alice", "bob", "admin"), Set.of("olga"), 60)));
        AsUser.run("mia", () -> {
            if (reviews.readiness(review).blocksStart()) {
                reviews.overrideReadiness(review, "benchmark");
            }
            meetings.start(review);
        });
        int items = AsUser.call("alice", () -> meetings.liveRoom(review).agenda().size());

        List<Double> capture = new ArrayList<>();
        List<Double> read = new ArrayList<>();
        for (int round = 0; round < WARMUP + ROUNDS; round++) {
            String text = "risk " + round;
            long start = System.nanoTime();
            AsUser.run("alice", () -> meetings.captureRisk(review, text));
            long captured = System.nanoTime();
            // RoomFeed dropped the shared room after the commit: the first screen to ask reads it.
            AsUser.run("bob", () -> meetings.liveRoom(review));
            long readDone = System.nanoTime();
            if (round >= WARMUP) {
                capture.add((captured - start) / 1e6);
                read.add((readDone - captured) / 1e6);
            }
        }
        Collections.sort(capture);
        Collections.sort(read);
        String db = database();
        System.out.printf("RESULT capture_kep1040_%s_agenda_items %d items%n", db, items);
        System.out.printf("RESULT capture_kep1040_%s_p50_ms %.2f ms%n", db, percentile(capture, 50));
        System.out.printf("RESULT capture_kep1040_%s_p95_ms %.2f ms%n", db, percentile(capture, 95));
        System.out.printf("RESULT room_read_after_capture_kep1040_%s_p50_ms %.2f ms%n", db, percentile(read, 50));
        System.out.printf("RESULT room_read_after_capture_kep1040_%s_p95_ms %.2f ms%n", db, percentile(read, 95));
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
