package dev.verdict.revisit;

import dev.verdict.AsUser;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.followup.FollowUpService;
import dev.verdict.meeting.CaptureDetails;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.Disposition;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

/** Decided reviews to carry forward from, for the revisit tests. */
public final class DecidedReviews {

    private DecidedReviews() {
    }

    /** A decided review (mia moderates, alice decides) with two action items, one done, and two parked items. */
    public static UUID decidedReview(String tag, ReviewService reviews, MeetingService meetings, DecisionService decisions,
                              FollowUpService followUps) {
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("Price cache " + tag, TestDocs.READY,
                Set.of("alice"), Set.of(), 45)));
        AsUser.run("mia", () -> meetings.start(review));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        AsUser.run("mia", () -> meetings.capture(review, CaptureKind.ACTION,
                CaptureDetails.action("Measure the hit rate " + tag, "alice", today.plusDays(14))));
        AsUser.run("mia", () -> meetings.capture(review, CaptureKind.ACTION,
                CaptureDetails.action("Write the runbook " + tag, "mia", today.plusDays(7))));
        UUID done = AsUser.call("mia", () -> followUps.openItems(review)).stream()
                .filter(a -> a.text().startsWith("Write the runbook")).findFirst().orElseThrow().id();
        AsUser.run("mia", () -> followUps.markDone(review, done, "Written"));
        UUID next = AsUser.call("alice", () -> meetings.park(review, "Cache the search results too " + tag));
        UUID dropped = AsUser.call("alice", () -> meetings.park(review, "Rename the service " + tag));
        AsUser.run("mia", () -> meetings.dispose(review, next, Disposition.NEXT_REVIEW, null));
        AsUser.run("mia", () -> meetings.dispose(review, dropped, Disposition.DROPPED, "Not ours"));
        AsUser.run("mia", () -> decisions.close(review, CloseMeeting.of(Outcome.APPROVED, "Cache prices for five minutes " + tag,
                "Load time matters most", "alice", new AlternativeConsidered("No cache", "4 s page loads"))));
        return review;
    }

}
