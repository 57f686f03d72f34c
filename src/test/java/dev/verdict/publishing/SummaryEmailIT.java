package dev.verdict.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.verdict.AsUser;
import dev.verdict.TestData;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.identity.CurrentUser;
import dev.verdict.meeting.CaptureDetails;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With SMTP configured, once a decision is in the repository every member of the review (not one
 * removed before the decision) gets one email with the decision, the action items by owner, the
 * commit, the ADR and the review's page; a retry sends nothing again.
 */
@SpringBootTest
class SummaryEmailIT {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestData.register(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("verdict.base-url", () -> "https://verdict.example.com/");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

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
    void every_member_gets_the_decision_with_action_items_by_owner_and_links_once() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String title = "Mailed " + tag + " <script>alert(1)</script>";
        LocalDate due = LocalDate.now().plusDays(7);
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview(title, TestDocs.READY,
                Set.of("alice", "bob"), Set.of("olga"), 30)));
        AsUser.run("mia", () -> reviews.removeMember(review, "bob"));
        AsUser.run("mia", () -> meetings.start(review));
        AsUser.run("mia", () -> meetings.capture(review, CaptureKind.ACTION,
                CaptureDetails.action("Write the <b>runbook</b> " + tag, "alice", due)));
        AsUser.run("mia", () -> meetings.capture(review, CaptureKind.ACTION,
                CaptureDetails.action("Load test " + tag, "alice", due.plusDays(3))));
        AsUser.run("mia", () -> meetings.capture(review, CaptureKind.ACTION,
                CaptureDetails.action("Tell support " + tag, "mia", due)));

        AsUser.run("mia", () -> decisions.close(review, CloseMeeting.of(Outcome.APPROVED, "Cache pages for five minutes",
                "Pages are slow", "alice", new AlternativeConsidered("No cache", "Too slow"))
                .withTags(List.of("Caching", "performance"))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> AsUser.call("mia",
                () -> publications.status(review)).state() == PublicationState.PUBLISHED);

        List<MimeMessage> mails = mailsAbout(tag, 3);
        assertThat(mails).extracting(SummaryEmailIT::recipient)
                .containsExactlyInAnyOrder("mia@example.com", "alice@example.com", "olga@example.com");
        var status = AsUser.call("mia", () -> publications.status(review));
        MimeMessage olga = mails.stream().filter(m -> recipient(m).equals("olga@example.com")).findFirst().orElseThrow();
        assertThat(olga.getSubject()).isEqualTo("Decided: " + title + " (Approved)");
        assertThat(olga.getContentType()).startsWith("text/plain");
        String body = ((String) olga.getContent()).replace("\r\n", "\n");
        assertThat(body).contains(
                "Hello Olga Observer,",
                "Outcome: Approved\nDecision: Cache pages for five minutes\nDecision maker: Alice Attendee\n",
                "Tags: caching, performance\n",
                "Alice Attendee:\n- Write the <b>runbook</b> " + tag + " (due " + due + ")\n- Load test " + tag
                        + " (due " + due.plusDays(3) + ")\n",
                "Mia Moderator:\n- Tell support " + tag + " (due " + due + ")\n",
                "Commit: " + status.commitId() + " in ",
                "ADR: " + status.adrPath() + "\n",
                "Meeting summary: " + status.summaryPath() + "\n",
                "Review: https://verdict.example.com/reviews/" + review + "/publication\n");

        assertThat(CurrentUser.asSystem(() -> summaryMailer.send(review))).as("a retry").isZero();
        Thread.sleep(1000);
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).contains(tag))).hasSize(3);
        assertThat(publicationRows.findById(review).orElseThrow().summaryMailedAt()).isNotNull();
    }

    private static List<MimeMessage> mailsAbout(String tag, int expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> subject(m).contains(tag)).count() >= expected);
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).contains(tag)).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
