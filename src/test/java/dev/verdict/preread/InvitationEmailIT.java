package dev.verdict.preread;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.verdict.AsUser;
import dev.verdict.TestData;
import dev.verdict.TestDocs;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With SMTP configured, opening the pre-read emails each invited person the link to it. */
@SpringBootTest
class InvitationEmailIT {

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

    @Test
    void the_invitation_arrives_with_the_link_to_the_pre_read() throws Exception {
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("Mail me", TestDocs.READY,
                Set.of("alice"), Set.of("olga"), 30)));

        AsUser.run("mia", () -> preRead.open(review));

        assertThat(SMTP.waitForIncomingEmail(15_000, 2)).as("two invitations").isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(received).map(m -> recipient(m))).containsExactlyInAnyOrder("alice@example.com", "olga@example.com");
        MimeMessage alice = Arrays.stream(received).filter(m -> recipient(m).equals("alice@example.com")).findFirst().orElseThrow();
        assertThat(alice.getSubject()).isEqualTo("Pre-read: Mail me");
        assertThat((String) alice.getContent()).contains("https://verdict.example.com/reviews/" + review + "/read",
                "Mia Moderator invites you");
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
