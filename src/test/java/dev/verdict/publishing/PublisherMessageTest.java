package dev.verdict.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.decision.Decision;
import dev.verdict.decision.Outcome;
import dev.verdict.decision.ReviewRecord;
import dev.verdict.identity.Person;
import dev.verdict.meeting.MeetingStatus;
import dev.verdict.meeting.RoomState;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewRole;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The commit message's trailers, as `git interpret-trailers` would read them. */
class PublisherMessageTest {

    @Test
    void reviewed_by_names_those_who_took_part_and_observers_are_informed() {
        UUID id = UUID.fromString("5b0c4a9e-8d1f-4c3e-9a51-7f6a2b0d1e22");
        Instant at = Instant.parse("2026-11-27T15:00:00Z");
        var mia = new Person("mia", "Mia Moderator", "mia@example.com");
        var alice = new Person("alice", "Alice Architect", "alice@example.com");
        var olga = new Person("olga", "Olga Observer", "olga@example.com");
        var review = new ReviewDetails(id, "Search <b>indexing</b>", "# doc", 45, at,
                List.of(new ReviewDetails.Member(mia, ReviewRole.MODERATOR), new ReviewDetails.Member(olga, ReviewRole.OBSERVER),
                        new ReviewDetails.Member(alice, ReviewRole.DECISION_MAKER)),
                List.of(), null, true, null, null);
        var room = new RoomState(id, review.title(), MeetingStatus.CLOSED, ReviewRole.MODERATOR, 1, 0, 0, at, 0, 120, 45,
                List.of(), "", List.of(), List.of(), null, null, at, at, List.of(), false);
        var decision = new Decision(id, Outcome.APPROVED, "Stream", "Faster", alice, at, List.of(), List.of(), null, null, null);

        String message = Publisher.message(new ReviewRecord(review, room, decision));

        assertThat(message).isEqualTo("""
                Record design review decision: Search <b>indexing</b>

                Outcome: Approved
                Decision: Stream

                Design-Review: 5b0c4a9e-8d1f-4c3e-9a51-7f6a2b0d1e22
                Reviewed-by: Mia Moderator <mia@example.com>
                Reviewed-by: Alice Architect <alice@example.com>
                Informed: Olga Observer <olga@example.com>
                """);
    }
}
