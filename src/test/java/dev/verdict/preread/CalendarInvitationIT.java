package dev.verdict.preread;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.verdict.AsUser;
import dev.verdict.TestData;
import dev.verdict.TestDocs;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ScheduledStart;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With SMTP configured, the pre-read email of a scheduled review carries its calendar invitation,
 * moving the meeting sends the same invitation again as an update, and cancelling the review sends
 * its cancellation (ADR 28).
 */
@SpringBootTest
class CalendarInvitationIT {

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
    PreReadService preRead;

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void the_pre_read_email_puts_the_meeting_in_the_calendar_and_a_new_time_updates_it() throws Exception {
        String title = "Calendar " + UUID.randomUUID();
        var start = new ScheduledStart(LocalDateTime.now(TOKYO).plusDays(10).withHour(15).withMinute(30).withSecond(0).withNano(0), TOKYO);
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview(title, TestDocs.READY, null, null, null,
                Set.of("alice"), Set.of("olga"), 60, start)));

        AsUser.run("mia", () -> preRead.open(review));

        List<MimeMessage> invitations = awaitMessages("Pre-read: " + title, 2);
        MimeMessage alice = to("alice@example.com", invitations);
        assertThat(alice.getContentType()).startsWith("multipart/mixed");
        Calendar calendar = calendarOf(alice);
        VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Asia/Tokyo");
        assertThat(value(event, "DTSTART")).endsWith("T153000");
        assertThat(value(event, "DURATION")).isEqualTo("PT1H");
        assertThat(value(event, "ORGANIZER")).isEqualTo("mailto:mia@example.com");
        assertThat(event.<Property>getProperties("ATTENDEE").stream().map(Property::getValue).toList())
                .containsExactlyInAnyOrder("mailto:alice@example.com", "mailto:olga@example.com");
        assertThat(value(event, "URL")).isEqualTo("https://verdict.example.com/reviews/" + review);
        assertThat(value(event, "DESCRIPTION")).contains("https://verdict.example.com/reviews/" + review);
        assertThat(value(event, "SEQUENCE")).isEqualTo("0");
        String uid = value(event, "UID");

        var later = new ScheduledStart(start.localTime().plusDays(1).withHour(9).withMinute(0), TOKYO);
        AsUser.run("mia", () -> reviews.reschedule(review, later));

        List<MimeMessage> updates = awaitMessages("Rescheduled: " + title, 2);
        assertThat(updates).extracting(CalendarInvitationIT::recipient)
                .containsExactlyInAnyOrder("alice@example.com", "olga@example.com");
        VEvent updated = calendarOf(to("olga@example.com", updates)).<VEvent>getComponents("VEVENT").getFirst();
        assertThat(value(updated, "UID")).isEqualTo(uid);
        assertThat(value(updated, "SEQUENCE")).isEqualTo("1");
        assertThat(value(updated, "DTSTART")).endsWith("T090000");
    }

    @Test
    void cancelling_the_review_sends_every_other_member_the_cancellation_of_the_same_event() throws Exception {
        String title = "Calendar cancel " + UUID.randomUUID();
        var start = new ScheduledStart(LocalDateTime.now(TOKYO).plusDays(9).withHour(11).withMinute(0).withSecond(0).withNano(0), TOKYO);
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview(title, TestDocs.READY, null, null, null,
                Set.of("alice"), Set.of("olga"), 45, start)));
        AsUser.run("mia", () -> preRead.open(review));
        VEvent invited = calendarOf(to("alice@example.com", awaitMessages("Pre-read: " + title, 2)))
                .<VEvent>getComponents("VEVENT").getFirst();

        AsUser.run("mia", () -> reviews.cancel(review, "The vendor withdrew the offer"));

        List<MimeMessage> cancellations = awaitMessages("Cancelled: " + title, 2);
        assertThat(cancellations).extracting(CalendarInvitationIT::recipient)
                .containsExactlyInAnyOrder("alice@example.com", "olga@example.com");
        MimeMessage toOlga = to("olga@example.com", cancellations);
        assertThat(textOf(toOlga)).contains("The vendor withdrew the offer");
        Calendar calendar = calendarOf(toOlga, "CANCEL");
        VEvent cancelled = calendar.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(cancelled, "UID")).isEqualTo(value(invited, "UID"));
        assertThat(Integer.parseInt(value(cancelled, "SEQUENCE"))).isGreaterThan(Integer.parseInt(value(invited, "SEQUENCE")));
        assertThat(AsUser.call("alice", () -> preRead.calendarInvitation(review))).isEmpty();
    }

    @Test
    void members_download_the_invitation_and_others_are_refused() {
        String title = "Calendar download " + UUID.randomUUID();
        var start = new ScheduledStart(LocalDateTime.now(TOKYO).plusDays(5).withHour(10).withMinute(0).withSecond(0).withNano(0), TOKYO);
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview(title, TestDocs.READY, null, null, null,
                Set.of("alice"), Set.of(), 30, start)));

        assertThat(AsUser.call("alice", () -> preRead.calendarInvitation(review))).get().asString()
                .contains("BEGIN:VCALENDAR", "METHOD:REQUEST", "DURATION:PT30M");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AsUser.call("bob", () -> preRead.calendarInvitation(review)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static List<MimeMessage> awaitMessages(String subject, int count) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(
                () -> Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subjectOf(m).equals(subject)).toList(),
                list -> list.size() >= count);
    }

    private static Calendar calendarOf(MimeMessage message) throws Exception {
        return calendarOf(message, "REQUEST");
    }

    private static Calendar calendarOf(MimeMessage message, String method) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                assertThat(part.getContentType()).contains("method=" + method);
                return new CalendarBuilder().build(new InputStreamReader(part.getInputStream(), StandardCharsets.UTF_8));
            }
        }
        throw new AssertionError("No text/calendar part");
    }

    /** The plain text of a message, found however deep the mail library nested it. */
    private static String textOf(MimeMessage message) throws Exception {
        return textIn(message.getContent());
    }

    private static String textIn(Object content) throws Exception {
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.getContentType().startsWith("text/plain")) {
                    return part.getContent().toString();
                }
                if (part.getContent() instanceof Multipart nested) {
                    String text = textIn(nested);
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        }
        return content.toString();
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow().getValue();
    }

    private static MimeMessage to(String address, List<MimeMessage> messages) {
        return messages.stream().filter(m -> recipient(m).equals(address)).findFirst().orElseThrow();
    }

    private static String subjectOf(MimeMessage message) {
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
