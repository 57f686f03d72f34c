package dev.verdict.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.verdict.Application;
import dev.verdict.AsUser;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The clock lives in the database: a server restarted mid-item shows the same remaining time. */
class MeetingRestartIT {

    @Test
    void a_restart_in_the_middle_of_an_item_keeps_the_remaining_time_right() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "restart-");
        UUID review;
        RoomState before;
        try (ConfigurableApplicationContext first = start(data)) {
            ReviewService reviews = first.getBean(ReviewService.class);
            MeetingService meetings = first.getBean(MeetingService.class);
            review = AsUser.call("mia", () -> reviews.open(new NewReview("Restart",
                    dev.verdict.TestDocs.READY, Set.of("alice"), Set.of(), 30)));
            UUID id = review;
            AsUser.run("mia", () -> meetings.start(id));
            AsUser.run("mia", () -> meetings.next(id));
            long seen = AsUser.call("mia", () -> meetings.room(id)).clockVersion();
            AsUser.run("mia", () -> meetings.extend(id, seen, 1));
            before = AsUser.call("alice", () -> meetings.room(id));
        }

        try (ConfigurableApplicationContext second = start(data)) {
            UUID id = review;
            RoomState after = AsUser.call("alice", () -> second.getBean(MeetingService.class).room(id));

            assertThat(after.status()).isEqualTo(MeetingStatus.RUNNING);
            assertThat(after.currentItem()).isEqualTo(1);
            assertThat(after.current().allottedSeconds()).isEqualTo(before.current().allottedSeconds());
            assertThat(after.secondsLeftAtRead()).isCloseTo(before.secondsLeftAt(after.readAt()), within(1L));
            assertThat(after.secondsLeftAtRead()).isLessThan(before.secondsLeftAtRead());
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(Application.class)
                .run("--verdict.data-dir=" + data, "--server.port=0", "--spring.main.banner-mode=off");
    }
}
