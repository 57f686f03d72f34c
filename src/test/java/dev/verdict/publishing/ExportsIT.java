package dev.verdict.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verdict.AppTest;
import dev.verdict.AsUser;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.CaptureDetails;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.CommentKind;
import dev.verdict.preread.NewComment;
import dev.verdict.preread.PreReadService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A decided review leaves the room as a PDF people print and attach to a change record, and as a
 * ZIP of everything: summary, ADR, the doc as reviewed and the pre-read comments.
 */
class ExportsIT extends AppTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preRead;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    PublicationService publications;

    record Decided(UUID id, String tag, String title) {
    }

    Decided decidedReview() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String title = "Export " + tag + " <script>alert(1)</script>";
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview(title, TestDocs.READY,
                Set.of("alice"), Set.of("olga"), 30)));
        AsUser.run("mia", () -> preRead.open(review));
        AsUser.run("alice", () -> preRead.comment(review, new NewComment("Proposal", "five minutes", CommentKind.QUESTION,
                "=HYPERLINK(\"http://evil\") why five, " + tag + "?")));
        AsUser.run("mia", () -> meetings.start(review));
        AsUser.run("mia", () -> meetings.capture(review, CaptureKind.ACTION,
                CaptureDetails.action("Write the runbook " + tag, "alice", LocalDate.now().plusDays(7))));
        AsUser.run("mia", () -> decisions.close(review, CloseMeeting.of(Outcome.APPROVED, "Cache pages for five minutes " + tag,
                "Pages are slow", "alice", new AlternativeConsidered("No cache", "Too slow"))));
        return new Decided(review, tag, title);
    }

    @Test
    void the_pdf_reads_back_with_the_decision_and_the_action_items_and_a_script_title_as_text() throws IOException {
        Decided review = decidedReview();

        byte[] pdf = AsUser.call("olga", () -> publications.summaryPdf(review.id()));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Cache pages for five minutes " + review.tag(), "Write the runbook " + review.tag());
            // The extractor may put a space between glyphs that sit apart; the characters are all there, as text.
            assertThat(text.replaceAll("\\s", "")).contains("<script>alert(1)</script>");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(review.title());
        }
    }

    @Test
    void the_zip_holds_the_summary_the_adr_the_doc_as_reviewed_and_the_comments() throws IOException {
        Decided review = decidedReview();
        // Once published, the summary names the ADR's file and the archive names the ADR after it.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> AsUser.call("mia",
                () -> publications.status(review.id())).state() == PublicationState.PUBLISHED);

        Map<String, byte[]> files = unzip(AsUser.call("alice", () -> publications.reviewArchive(review.id())));

        assertThat(files).containsKeys("summary.md", "summary.pdf", "doc/design-doc.md", "comments.csv");
        assertThat(text(files, "summary.md")).isEqualTo(AsUser.call("alice", () -> publications.summary(review.id())));
        String adrName = files.keySet().stream().filter(n -> !n.startsWith("summary") && !n.startsWith("doc/")
                && !n.equals("comments.csv")).findFirst().orElseThrow();
        assertThat(adrName).endsWith(".md").contains(review.tag());
        assertThat(text(files, adrName)).isEqualTo(AsUser.call("alice", () -> publications.adr(review.id())));
        assertThat(text(files, "doc/design-doc.md")).contains("Cache the rendered pages for five minutes.", "## Failure modes");
        String csv = text(files, "comments.csv");
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,reply_to,section,kind,author,created_at,quote,comment");
        assertThat(csv).contains("Proposal", "Alice Attendee", "five minutes", "why five, " + review.tag())
                .contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain("\"=HYPERLINK");
    }

    @Test
    void someone_outside_the_review_gets_neither_file() {
        Decided review = decidedReview();

        assertThatThrownBy(() -> AsUser.call("bob", () -> publications.summaryPdf(review.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("bob", () -> publications.reviewArchive(review.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        var files = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }
}
