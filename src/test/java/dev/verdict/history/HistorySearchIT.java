package dev.verdict.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.verdict.AppTest;
import dev.verdict.AsUser;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.CommentKind;
import dev.verdict.preread.NewComment;
import dev.verdict.preread.PreReadService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Search finds a review's title, doc, comments, captures and decision, and only for those who may read the review. */
class HistorySearchIT extends AppTest {

    @Autowired
    HistoryService history;
    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preReads;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;

    /** Words no other test writes, so the shared database's other reviews cannot match. */
    private final String doc = word("quokka");
    private final String comment = word("wombat");
    private final String risk = word("platypus");
    private final String decided = word("numbat");

    @Test
    void a_non_member_finds_nothing_of_a_review_not_even_an_admin_and_a_member_finds_all_of_it() {
        UUID team = AsUser.call("mia", () -> reviews.open(new NewReview("Cache the " + doc + " pages",
                TestDocs.READY + "\n\n## Latency\n\nThe " + doc + " service answers in 4 s.\n", null, null, "mia", Set.of("bob"), Set.of(), 30, null)));
        AsUser.run("mia", () -> preReads.open(team));
        AsUser.run("bob", () -> preReads.comment(team, new NewComment("Problem", null, CommentKind.CONCERN,
                "Is the " + comment + " measured at the edge?")));
        AsUser.run("mia", () -> meetings.start(team));
        AsUser.run("bob", () -> meetings.captureRisk(team, "The " + risk + " cache goes cold after each deploy"));
        UUID alone = AsUser.call("mia", () -> reviews.open(new NewReview("Queue the exports", TestDocs.READY, null, null, "mia",
                Set.of(), Set.of(), 30, null)));
        AsUser.run("mia", () -> meetings.start(alone));
        AsUser.run("mia", () -> decisions.close(alone, CloseMeeting.of(Outcome.APPROVED, "Go with the " + decided + " queue",
                "Exports stop blocking pages", "mia", new AlternativeConsidered("Export inline", "Pages wait for it"))));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(found("mia", risk)).containsExactly(team);
            assertThat(found("mia", decided)).containsExactly(alone);
        });

        for (String word : List.of(doc, comment, risk, decided)) {
            assertThat(AsUser.call("olga", () -> history.search(word))).as("olga, in neither review, searching " + word).isEmpty();
        }
        assertThat(found("olga", "cache")).as("a common word finds none of the reviews olga is not in").doesNotContain(team, alone);
        assertThat(found("bob", decided)).as("bob is not in the decided review").isEmpty();

        assertThat(snippets("bob", doc)).containsExactly("Title: Cache the [" + doc + "] pages",
                "Design doc · Latency: The [" + doc + "] service answers in 4 s.");
        assertThat(snippets("bob", comment)).containsExactly("Pre-read comment by Bob Attendee on Problem: Is the [" + comment
                + "] measured at the edge?");
        assertThat(snippets("bob", risk)).containsExactly("Risk by Bob Attendee: The [" + risk + "] cache goes cold after each deploy");
        assertThat(snippets("mia", decided)).singleElement().asString()
                .startsWith("Decision record: Go with the [" + decided + "] queue");
        assertThat(found("admin", doc + " | " + decided)).as("admin, a member of neither review").isEmpty();
    }

    @Autowired
    SearchIndex index;
    @Autowired
    SearchIndexing indexing;

    @Test
    void a_review_the_index_missed_is_found_again_once_the_index_catches_up_at_start() {
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("Shard the " + doc + " sessions", TestDocs.READY,
                null, null, "mia", Set.of(), Set.of(), 30, null)));
        await().atMost(Duration.ofSeconds(20)).until(() -> found("mia", doc).contains(review));
        index.remove(List.of(review)); // as if the process had died between the commit and the indexing

        assertThat(found("mia", doc)).isEmpty();
        indexing.catchUp();
        await().atMost(Duration.ofSeconds(20)).until(() -> found("mia", doc).contains(review));
    }

    @Test
    void searching_needs_a_login_and_an_empty_search_finds_nothing() {
        assertThat(AsUser.call("bob", () -> history.search("   "))).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.search("cache")).isInstanceOf(AccessDeniedException.class);
    }

    private List<UUID> found(String user, String text) {
        return AsUser.call(user, () -> history.search(text)).stream().map(SearchResult::reviewId).toList();
    }

    /** "Where: text with the [hit] marked", for each passage found. */
    private List<String> snippets(String user, String text) {
        return AsUser.call(user, () -> history.search(text)).stream().flatMap(r -> r.snippets().stream())
                .map(s -> s.where() + ": " + s.parts().stream().map(p -> p.hit() ? "[" + p.text() + "]" : p.text())
                        .collect(Collectors.joining()))
                .toList();
    }

    private static String word(String stem) {
        var random = new Random();
        return stem + random.ints(6, 'a', 'z' + 1).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    }
}
