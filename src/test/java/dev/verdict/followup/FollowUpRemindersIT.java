package dev.verdict.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.verdict.AsUser;
import dev.verdict.TestData;
import dev.verdict.TestDocs;
import dev.verdict.meeting.CaptureDetails;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.NotificationService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Reminders reach an action item's owner once when it is due soon and once when overdue, by bell and email. */
@SpringBootTest
class FollowUpRemindersIT {

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
    FollowUpService followUps;
    @Autowired
    FollowUpReminders reminders;
    @Autowired
    NotificationService notifications;

    @Test
    void the_owner_is_reminded_once_when_due_soon_and_once_when_overdue_and_never_once_done() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("Reminders " + tag, TestDocs.READY,
                Set.of("alice"), Set.of(), 30)));
        AsUser.run("mia", () -> meetings.start(review));
        capture(review, "Soon " + tag, today.plusDays(1));
        capture(review, "Late " + tag, today.minusDays(1));
        capture(review, "Later " + tag, today.plusDays(20));
        capture(review, "Done " + tag, today.minusDays(3));
        UUID done = AsUser.call("alice", () -> followUps.mine()).stream().filter(i -> i.text().equals("Done " + tag))
                .findFirst().orElseThrow().actionId();
        AsUser.run("alice", () -> followUps.markDone(review, done, null));

        reminders.remind();
        reminders.remind();

        List<String> bell = AsUser.call("alice", () -> notifications.latest()).stream()
                .map(NotificationService.Item::message).filter(m -> m.contains(tag)).toList();
        assertThat(bell).containsExactlyInAnyOrder(
                "Due soon: “Soon " + tag + "” from “Reminders " + tag + "” is due on "
                        + FollowUpRemindersIT.day(today.plusDays(1)) + ".",
                "Overdue: “Late " + tag + "” from “Reminders " + tag + "” was due on "
                        + FollowUpRemindersIT.day(today.minusDays(1)) + ".");
        assertThat(AsUser.call("alice", () -> notifications.latest())).filteredOn(n -> n.message().contains(tag))
                .allSatisfy(n -> assertThat(n.link()).isEqualTo("follow-ups"));

        assertThat(SMTP.waitForIncomingEmail(15_000, 2)).isTrue();
        Thread.sleep(1000);
        List<MimeMessage> mails = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).contains(tag)).toList();
        assertThat(mails).extracting(FollowUpRemindersIT::subject)
                .containsExactlyInAnyOrder("Due soon: Soon " + tag, "Overdue: Late " + tag);
        assertThat(mails).allSatisfy(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("alice@example.com");
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(m)).contains("https://verdict.example.com/follow-ups");
        });
    }

    private void capture(UUID review, String text, LocalDate due) {
        AsUser.run("mia", () -> meetings.capture(review, CaptureKind.ACTION, CaptureDetails.action(text, "alice", due)));
    }

    static String day(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH).format(date);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
