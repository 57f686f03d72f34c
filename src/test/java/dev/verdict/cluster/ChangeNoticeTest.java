package dev.verdict.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verdict.meeting.MeetingChanged;
import dev.verdict.meeting.PresentOnNode;
import dev.verdict.review.DocRepinned;
import dev.verdict.review.TeamChanged;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangeNoticeTest {

    private final UUID review = UUID.randomUUID();

    @Test
    void a_change_travels_as_its_type_and_ids_and_arrives_as_the_same_event() {
        var sent = new ChangeNotice("node-a", 1_764_590_000_000L, new TeamChanged(review, Set.of("bob"), Set.of("olga")));

        String payload = sent.toPayload().orElseThrow();

        assertThat(payload).contains("\"type\":\"TeamChanged\"", "\"node\":\"node-a\"", review.toString());
        assertThat(ChangeNotice.fromPayload(payload)).contains(sent);
        var presence = new ChangeNotice("node-b", 5, new PresentOnNode(review, Set.of("alice", "mia")));
        assertThat(ChangeNotice.fromPayload(presence.toPayload().orElseThrow())).contains(presence);
    }

    @Test
    void a_notice_that_would_not_fit_into_a_postgresql_notification_is_not_sent() {
        var headings = Collections.nCopies(200, "A section heading of some fifty characters, about");
        var notice = new ChangeNotice("node-a", 1, new DocRepinned(review, List.copyOf(headings)));

        assertThat(notice.toPayload()).isEmpty();
    }

    @Test
    void a_notice_of_an_unknown_type_or_a_foreign_payload_is_skipped() {
        assertThat(ChangeNotice.fromPayload("{\"node\":\"n\",\"sentAt\":1,\"type\":\"SomethingNewer\",\"event\":{}}")).isEmpty();
        assertThat(ChangeNotice.fromPayload("not json")).isEmpty();
        assertThatThrownBy(() -> new ChangeNotice("n", 1, "a string").toPayload()).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ChangeNotice("n", 1, new MeetingChanged(review, "clock")).toPayload()).isPresent();
    }
}
