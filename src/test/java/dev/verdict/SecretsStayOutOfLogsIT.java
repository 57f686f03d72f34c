package dev.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.MeetingService;
import dev.verdict.publishing.PublicationService;
import dev.verdict.publishing.PublicationState;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Start-up, a whole review and its publication log nothing secret: no password, no hash. */
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsIT {

    private static final String DB_PASSWORD = "h2-Secret-9f3c1";
    private static final String HASH_FRAGMENT = "dtSpQb6qP1L99L3JHiryHeY2l";

    @Test
    void a_whole_review_logs_no_password_and_no_password_hash(CapturedOutput output) throws Exception {
        Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "secrets-");
        try (var app = new SpringApplicationBuilder(Application.class)
                .run("--verdict.data-dir=" + data, "--server.port=0", "--spring.datasource.password=" + DB_PASSWORD,
                        "--logging.level.root=DEBUG", "--logging.level.org.atmosphere=INFO")) {
            var reviews = app.getBean(ReviewService.class);
            var meetings = app.getBean(MeetingService.class);
            UUID id = AsUser.call("mia", () -> reviews.open(new NewReview("Secrets", TestDocs.READY, Set.of("alice"), Set.of(), 20)));
            AsUser.run("mia", () -> meetings.start(id));
            UUID risk = AsUser.call("alice", () -> meetings.captureRisk(id, "A risk"));
            AsUser.run("mia", () -> meetings.settleRisk(id, risk, null, true));
            AsUser.run("mia", () -> app.getBean(DecisionService.class).close(id, CloseMeeting.of(Outcome.APPROVED, "Go",
                    "Because", "alice", new AlternativeConsidered("Wait", "Costs a quarter"))));
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    AsUser.call("mia", () -> app.getBean(PublicationService.class).status(id)).state() == PublicationState.PUBLISHED);
        }

        assertThat(output.getAll()).contains("Published review").doesNotContain(DB_PASSWORD).doesNotContain(HASH_FRAGMENT);
    }
}
