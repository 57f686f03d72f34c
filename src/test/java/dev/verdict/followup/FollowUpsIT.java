package dev.verdict.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verdict.AppTest;
import dev.verdict.AsUser;
import dev.verdict.TestDocs;
import dev.verdict.audit.AuditQuery;
import dev.verdict.audit.AuditRecord;
import dev.verdict.audit.AuditService;
import dev.verdict.meeting.CaptureDetails;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** My follow-ups as the services answer them: whose items, in which order, who marks them done. */
class FollowUpsIT extends AppTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    FollowUpService followUps;
    @Autowired
    AuditService audit;

    final LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID first;
    UUID second;

    @BeforeEach
    void twoReviewsWithActionItems() {
        first = AsUser.call("mia", () -> reviews.open(new NewReview("Follow-ups one " + tag, TestDocs.READY,
                Set.of("alice", "bob"), Set.of("olga"), 30)));
        second = AsUser.call("bob", () -> reviews.open(new NewReview("Follow-ups two " + tag, TestDocs.READY,
                Set.of("alice"), Set.of(), 30)));
        AsUser.run("mia", () -> meetings.start(first));
        AsUser.run("bob", () -> meetings.start(second));
        action(first, "mia", "Alice measures p95 " + tag, "alice", today.plusDays(10));
        action(first, "mia", "Bob writes the runbook " + tag, "bob", today.plusDays(3));
        action(second, "bob", "Alice fixes the overdue cache " + tag, "alice", today.minusDays(2));
        action(second, "bob", "Alice renames the queue " + tag, "alice", today.plusDays(1));
    }

    @Test
    void an_owner_sees_their_items_across_reviews_overdue_first_then_by_due_date() {
        assertThat(texts("alice")).containsExactly("Alice fixes the overdue cache " + tag, "Alice renames the queue " + tag,
                "Alice measures p95 " + tag);
        assertThat(mine("alice").getFirst().overdueOn(today)).isTrue();
        assertThat(mine("alice").getFirst().reviewTitle()).isEqualTo("Follow-ups two " + tag);
    }

    @Test
    void a_moderator_sees_every_item_of_the_reviews_they_moderate_and_only_their_own_elsewhere() {
        assertThat(texts("mia")).containsExactlyInAnyOrder("Alice measures p95 " + tag, "Bob writes the runbook " + tag);
        assertThat(texts("bob")).containsExactlyInAnyOrder("Bob writes the runbook " + tag,
                "Alice fixes the overdue cache " + tag, "Alice renames the queue " + tag);
        assertThat(texts("olga")).isEmpty();
    }

    @Test
    void the_owner_marks_an_item_done_with_a_note_which_goes_last_and_into_the_trail() {
        FollowUpItem overdue = mine("alice").getFirst();

        AsUser.run("alice", () -> followUps.markDone(second, overdue.actionId(), "Fixed in #42"));

        FollowUpItem done = mine("alice").getLast();
        assertThat(done.text()).isEqualTo("Alice fixes the overdue cache " + tag);
        assertThat(done.done()).isTrue();
        assertThat(done.doneNote()).isEqualTo("Fixed in #42");
        assertThat(done.doneBy().username()).isEqualTo("alice");
        assertThat(done.mayMarkDone()).isFalse();
        assertThat(AsUser.call("bob", () -> audit.trail(AuditQuery.ofReview(second))))
                .filteredOn(e -> e.action().equals("action item done"))
                .extracting(AuditRecord::actor, AuditRecord::subject, AuditRecord::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alice", "Alice fixes the overdue cache " + tag, "Fixed in #42"));
        assertThatThrownBy(() -> AsUser.run("alice", () -> followUps.markDone(second, overdue.actionId(), "again")))
                .isInstanceOf(InvalidFollowUpException.class).hasMessage("This action item is already done");
    }

    @Test
    void only_the_owner_or_a_moderator_marks_an_item_done() {
        UUID runbook = mine("bob").stream().filter(i -> i.text().startsWith("Bob writes")).findFirst().orElseThrow().actionId();

        assertThatThrownBy(() -> AsUser.run("alice", () -> followUps.markDone(first, runbook, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("olga", () -> followUps.markDone(first, runbook, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("admin", () -> followUps.markDone(first, runbook, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("mia", () -> followUps.markDone(first, runbook, "x".repeat(2001))))
                .isInstanceOf(InvalidFollowUpException.class).hasMessageContaining("2000 characters");

        AsUser.run("mia", () -> followUps.markDone(first, runbook, null));

        assertThat(mine("bob")).filteredOn(i -> i.actionId().equals(runbook)).singleElement()
                .satisfies(i -> assertThat(i.doneBy().username()).isEqualTo("mia"));
    }

    private void action(UUID review, String by, String text, String owner, LocalDate due) {
        AsUser.run(by, () -> meetings.capture(review, CaptureKind.ACTION, CaptureDetails.action(text, owner, due)));
    }

    private List<FollowUpItem> mine(String username) {
        return AsUser.call(username, () -> followUps.mine()).stream().filter(i -> i.text().endsWith(tag)).toList();
    }

    private List<String> texts(String username) {
        return mine(username).stream().map(FollowUpItem::text).toList();
    }
}
