package dev.verdict.publishing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ScheduledStart;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The files a member takes away: the calendar invitation from the pre-read, the PDF and the ZIP from the publication. */
class DownloadLinksIT extends KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;

    @Test
    void the_publication_page_offers_the_summary_as_pdf_and_the_whole_review_as_zip() {
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("Downloads " + UUID.randomUUID(), TestDocs.READY,
                Set.of("alice"), Set.of(), 30)));
        AsUser.run("mia", () -> meetings.start(review));
        AsUser.run("mia", () -> decisions.close(review, CloseMeeting.of(Outcome.APPROVED, "Cache pages",
                "Pages are slow", "alice", new AlternativeConsidered("No cache", "Too slow"))));

        loginAs("alice");
        UI.getCurrent().navigate("reviews/" + review + "/publication");

        Anchor pdf = _get(Anchor.class, s -> s.withClasses("download-pdf"));
        Anchor zip = _get(Anchor.class, s -> s.withClasses("download-zip"));
        assertThat(pdf.getText()).isEqualTo("Download PDF");
        assertThat(zip.getText()).isEqualTo("Download review (ZIP)");
        assertThat(pdf.getHref()).isNotBlank();
        assertThat(zip.getHref()).isNotBlank();
    }

    @Test
    void the_pre_read_of_a_scheduled_review_offers_its_calendar_invitation() {
        var start = new ScheduledStart(LocalDateTime.now().plusDays(9).withHour(10).withMinute(0).withSecond(0).withNano(0),
                ZoneId.of("Europe/Berlin"));
        UUID scheduled = AsUser.call("mia", () -> reviews.open(new NewReview("Calendar link " + UUID.randomUUID(),
                TestDocs.READY, null, null, null, Set.of("alice"), Set.of(), 30, start)));
        UUID undated = AsUser.call("mia", () -> reviews.open(new NewReview("No date " + UUID.randomUUID(), TestDocs.READY,
                Set.of("alice"), Set.of(), 30)));

        loginAs("alice");
        UI.getCurrent().navigate("reviews/" + scheduled + "/read");
        Anchor ics = _get(Anchor.class, s -> s.withClasses("download-calendar"));
        assertThat(ics.getText()).isEqualTo("Add the meeting to your calendar (.ics)");
        assertThat(ics.getHref()).isNotBlank();

        UI.getCurrent().navigate("reviews/" + undated + "/read");
        assertThat(_find(Anchor.class, s -> s.withClasses("download-calendar"))).as("no meeting date, no invitation").isEmpty();
    }
}
