package dev.verdict.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.AppTest;
import dev.verdict.AsUser;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.identity.CurrentUser;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Without SMTP (no spring.mail.host) a decision is published as ever, and no summary email is sent or owed. */
class SummaryEmailWithoutSmtpIT extends AppTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    PublicationService publications;
    @Autowired
    SummaryMailer summaryMailer;
    @Autowired
    Publications publicationRows;

    @Test
    void the_decision_is_published_and_no_email_is_sent() {
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("Unmailed " + UUID.randomUUID(), TestDocs.READY,
                Set.of("alice"), Set.of(), 30)));
        AsUser.run("mia", () -> meetings.start(review));
        AsUser.run("mia", () -> decisions.close(review, CloseMeeting.of(Outcome.APPROVED, "Cache pages",
                "Pages are slow", "alice", new AlternativeConsidered("No cache", "Too slow"))));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> AsUser.call("mia",
                () -> publications.status(review)).state() == PublicationState.PUBLISHED);

        assertThat(CurrentUser.asSystem(() -> summaryMailer.send(review))).isZero();
        assertThat(publicationRows.findById(review).orElseThrow().summaryMailedAt()).isNull();
    }
}
