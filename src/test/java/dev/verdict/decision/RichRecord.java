package dev.verdict.decision;

import dev.verdict.identity.Person;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.Disposition;
import dev.verdict.meeting.Level;
import dev.verdict.meeting.MeetingStatus;
import dev.verdict.meeting.RoomState;
import dev.verdict.preread.CommentKind;
import dev.verdict.preread.PreReadStats;
import dev.verdict.review.DocReference;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A decided review with everything a summary and an ADR can carry: risks (one open, one accepted,
 * one whose text repeats its label), parked items (one from the pre-read), an action, a question,
 * a readiness override, a skipped item, a title and texts with characters Markdown and HTML would
 * read as markup, and a doc pinned in a GitHub repository.
 */
final class RichRecord {

    static final Instant DECIDED = Instant.parse("2026-11-27T15:00:00Z");
    static final String XSS = "<img src=x onerror=alert(1)>";
    static final String TITLE = "Search *indexing* " + XSS + " & [queue]";
    static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    static final Person MIA = new Person("mia", "Mia Moderator", "mia@example.com");
    static final Person ALICE = new Person("alice", "Alice Architect", "alice@example.com");
    static final Person BOB = new Person("bob", "Bob_Author", "bob@example.com");
    static final Person OLGA = new Person("olga", "Olga Observer", "olga@example.com");
    static final RecordLinks LINKS = new RecordLinks("docs/design/search.md", COMMIT,
            "https://github.com/acme/search/blob/" + COMMIT + "/docs/design/search.md",
            "doc/adr/0012-search-indexing.md", "docs/design-reviews/2026-11-27-search-indexing.md");

    static final String DOC = """
            ---
            title: Search indexing
            ---
            # Search indexing

            ## Summary

            Stream changes to the index.

            ## Motivation

            Search results lag the database by up to [an hour][lag].
            Support gets <b>40</b> tickets a week about stale results.

            [lag]: https://example.com/lag

            ## Alternatives

            | Option | Pros | Cons |
            | --- | --- | --- |
            | Batch every minute | Simple | Loads the database every minute |
            """;

    private RichRecord() {
    }

    static final List<String> TAGS = List.of("search", "data-retention", "2027");

    /** The same record whose decision carries {@link #TAGS}. */
    static ReviewRecord tagged() {
        var base = record();
        var d = base.decision();
        return new ReviewRecord(base.review(), base.room(), new Decision(d.reviewId(), d.outcome(), d.statement(),
                d.rationale(), d.decisionMaker(), d.decidedAt(), d.alternatives(), d.consequences(), d.conditions(),
                d.revisitOn(), d.supersedes(), TAGS), base.preRead());
    }

    static ReviewRecord record() {
        UUID id = UUID.fromString("5b0c4a9e-8d1f-4c3e-9a51-7f6a2b0d1e22");
        var review = new ReviewDetails(id, TITLE, DOC, 45, DECIDED,
                List.of(new ReviewDetails.Member(MIA, ReviewRole.MODERATOR), new ReviewDetails.Member(BOB, ReviewRole.AUTHOR),
                        new ReviewDetails.Member(ALICE, ReviewRole.DECISION_MAKER), new ReviewDetails.Member(OLGA, ReviewRole.OBSERVER)),
                List.of(), new ReviewDetails.ReadinessOverride("Rollback is <b>trivial</b>: flip the flag", MIA), true, null,
                new ReviewDetails.PinnedDoc(new DocReference(UUID.randomUUID(), "docs/design/search.md", COMMIT), "acme/search"));
        var openRisk = captured(CaptureKind.RISK, "Risk: mx3p consumers stall | under " + XSS, ALICE, "Failure modes",
                Level.HIGH, Level.MEDIUM, BOB, "Autoscale *consumers*", null, null, null, false);
        var acceptedRisk = captured(CaptureKind.RISK, "Index briefly stale on deploy", BOB, "Failure modes",
                Level.LOW, Level.LOW, null, null, null, null, null, true);
        var fromPreRead = captured(CaptureKind.PARKED, "From the pre-read (Proposal): Why five minutes?", MIA, null,
                null, null, null, null, null, Disposition.NEXT_REVIEW, null, false);
        var inTheRoom = captured(CaptureKind.PARKED, "Multi-region [later]", BOB, "Problem",
                null, null, null, null, null, Disposition.SEPARATE_DESIGN_DOC, "Bob writes it", false);
        var action = captured(CaptureKind.ACTION, "# Write the runbook", BOB, "Failure modes",
                null, null, BOB, null, LocalDate.parse("2026-12-04"), null, null, false);
        var question = captured(CaptureKind.QUESTION, "What about `reindex --all`?", ALICE, "Problem",
                null, null, null, null, null, null, null, false);
        var agenda = List.of(new RoomState.Item(0, "Problem", 10, 600, 485, false, ""),
                new RoomState.Item(1, "Failure modes | risks", 20, 1200, 1500, false, ""),
                new RoomState.Item(2, "Rollout", 5, 300, 10, true, ""),
                new RoomState.Item(3, "Decision", 10, 600, 300, false, ""));
        var room = new RoomState(id, review.title(), MeetingStatus.CLOSED, ReviewRole.MODERATOR, 1, 3, 0, DECIDED, 120, 120, 45,
                agenda, "", List.of(openRisk, acceptedRisk, fromPreRead, inTheRoom, action, question), List.of(), null, null, DECIDED, DECIDED, List.of(), false);
        var decision = new Decision(id, Outcome.APPROVED_WITH_CONDITIONS, "Stream changes through a \"durable\" queue",
                "It keeps the index within a minute of the database..", ALICE, DECIDED,
                List.of(new AlternativeConsidered("Batch every minute", "It loads the database every minute")),
                List.of(new Consequence(Consequence.Kind.POSITIVE, "Index lag under a minute"),
                        new Consequence(Consequence.Kind.NEUTRAL, "Neutral: two more consumers to run")),
                "Shadow-index for a week first", LocalDate.parse("2027-06-01"), null);
        var preRead = new PreReadStats(true, 3, 2, Map.of(CommentKind.QUESTION, 1), 0, 0, 1);
        return new ReviewRecord(review, room, decision, preRead);
    }

    private static RoomState.Captured captured(CaptureKind kind, String text, Person by, String during, Level likelihood,
                                               Level impact, Person owner, String mitigation, LocalDate due,
                                               Disposition disposition, String note, boolean accepted) {
        return new RoomState.Captured(UUID.randomUUID(), kind, text, by, during, DECIDED, likelihood, impact, owner,
                mitigation, due, false, 0, disposition, note, accepted);
    }
}
